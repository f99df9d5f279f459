package load

import "bytes"

// segment is a piece of a native-syntax file that ends after a top-level
// block: from the end of the segment before it (so with the comments and
// blank lines above the block) to the end of the block's closing line. The
// last segment runs to the end of the file.
type segment struct {
	start, end int // byte offsets in the file
	line       int // line of start, from 1
}

// splitSegments cuts a native-syntax text into segments by its layout, as
// Terraform is written: a block starts at column 1 with a name and ends
// with a line that is a lone "}" (or is one line, `name "x" {}`); between
// blocks there are only blank lines and comments. It returns nil for a text
// laid out otherwise, and for one with no block.
//
// The cut reads lines, not tokens, so it can be wrong: a lone "}" inside a
// heredoc or a comment, for one. It is only ever wrong inside a construct
// the cut leaves open (a block, a heredoc, a comment), so the segment before
// a wrong cut does not parse cleanly; the caller parses the whole text then.
// Segments that all parse cleanly are the text's top-level blocks, parsed
// as the whole text would be.
func splitSegments(src []byte) []segment {
	var (
		segs    []segment
		start   int // of the segment being read
		line    = 1
		startLn = 1
		inBlock bool
		inNote  bool // in a /* */ comment between blocks
	)
	cut := func(end int) {
		segs = append(segs, segment{start: start, end: end, line: startLn})
		start = end
	}
	for at := 0; at < len(src); line++ {
		eol := bytes.IndexByte(src[at:], '\n')
		next := len(src)
		if eol >= 0 {
			next = at + eol + 1
		}
		text := bytes.TrimRight(src[at:next], "\r\n")
		trimmed := bytes.TrimSpace(text)
		switch {
		case inBlock:
			if len(text) == 1 && text[0] == '}' {
				inBlock = false
				cut(next)
				startLn = line + 1
			}
		case inNote:
			if bytes.Contains(trimmed, []byte("*/")) {
				if !bytes.HasSuffix(trimmed, []byte("*/")) {
					return nil
				}
				inNote = false
			}
		case len(trimmed) == 0, trimmed[0] == '#', bytes.HasPrefix(trimmed, []byte("//")):
		case bytes.HasPrefix(trimmed, []byte("/*")):
			if end := bytes.Index(trimmed[2:], []byte("*/")); end < 0 {
				inNote = true
			} else if end+4 != len(trimmed) {
				return nil
			}
		case isNameStart(text[0]):
			if trimmed[len(trimmed)-1] == '{' {
				inBlock = true
			} else {
				cut(next)
				startLn = line + 1
			}
		default:
			return nil
		}
		at = next
	}
	if inBlock || inNote || len(segs) == 0 {
		return nil
	}
	if start < len(src) {
		segs[len(segs)-1].end = len(src)
	}
	return segs
}

func isNameStart(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
