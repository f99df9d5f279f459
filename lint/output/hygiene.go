package output

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scanned repository is untrusted, and reports are read by terminals, by
// the GitHub Actions runner (which executes workflow commands it finds in a
// step's output), by code scanning viewers and by XML parsers. Every string
// that can come from the scanned tree (messages, addresses, paths,
// diagnostics, source excerpts, justifications) goes through the helpers of
// this file before a writer prints it.

// unsafeRune says whether a character must not reach a reader raw: C0
// controls, DEL, C1 controls, the Unicode bidi embeddings, overrides and
// isolates (which make text read differently from what it is), the line and
// paragraph separators, and the two noncharacters XML 1.0 forbids.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
		return true
	case r == 0xfffe, r == 0xffff:
		return true
	}
	return false
}

// escapeMode says which line structure a string keeps.
type escapeMode int

const (
	// oneLineMode escapes every control character, line breaks and tabs
	// included: for messages, addresses, paths and summaries.
	oneLineMode escapeMode = iota
	// textMode keeps line feeds and tabs: for source excerpts and details.
	textMode
)

// needsEscape says whether s has anything escapeTo would change.
func needsEscape(s string, mode escapeMode) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return true
			}
		case (r == '\n' || r == '\t') && mode == textMode:
		case unsafeRune(r):
			return true
		case r == '[' && strings.HasSuffix(s[:i], "##"):
			return true
		case r == ':' && strings.HasPrefix(s[i:], "::") && atLineStart(s[:i]):
			return true
		}
	}
	return false
}

// atLineStart says whether only blanks follow the last line break of s.
func atLineStart(before string) bool {
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return strings.TrimLeftFunc(before, unicode.IsSpace) == ""
}

// escapeTo writes s to b with every unsafe character shown as an escape:
// \n, \r and \t by name, other ASCII controls and bytes that are not UTF-8
// as \xNN, other characters as \uNNNN. It also defuses the two ways a line
// of output becomes a GitHub Actions workflow command: "::" at the start of
// a line, after blanks (the first colon becomes \x3a), and the legacy "##["
// anywhere in a line (written "##\["). With cols, it appends the column
// (0-based, in characters) of the output at which each input character
// starts, and then the output's length.
func escapeTo(b *strings.Builder, s string, mode escapeMode, cols *[]int) {
	out := 0
	lineStart := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if cols != nil {
			*cols = append(*cols, out)
		}
		var esc string
		switch {
		case r == utf8.RuneError && n == 1:
			esc = fmt.Sprintf(`\x%02x`, s[i])
		case (r == '\n' || r == '\t') && mode == textMode:
		case r == '\n':
			esc = `\n`
		case r == '\r':
			esc = `\r`
		case r == '\t':
			esc = `\t`
		case unsafeRune(r) && r < 0x80:
			esc = fmt.Sprintf(`\x%02x`, r)
		case unsafeRune(r):
			esc = fmt.Sprintf(`\u%04x`, r)
		case r == '[' && strings.HasSuffix(s[:i], "##"):
			esc = `\[`
		case r == ':' && lineStart && strings.HasPrefix(s[i:], "::"):
			esc = `\x3a`
		}
		if esc != "" {
			b.WriteString(esc)
			out += len(esc)
		} else {
			b.WriteString(s[i : i+n])
			out++
		}
		switch {
		case r == '\n' && mode == textMode:
			lineStart = true
		case esc == "" && unicode.IsSpace(r):
		default:
			lineStart = false
		}
		i += n
	}
	if cols != nil {
		*cols = append(*cols, out)
	}
}

// clean makes a one-line string from the scanned tree safe to print: no
// control character, bidi control or workflow command survives, and line
// breaks show as \n.
func clean(s string) string {
	if !needsEscape(s, oneLineMode) {
		return s
	}
	var b strings.Builder
	escapeTo(&b, s, oneLineMode, nil)
	return b.String()
}

// cleanText is clean for multi-line text: line feeds and tabs are kept, and
// no line can start a workflow command.
func cleanText(s string) string {
	if !needsEscape(s, textMode) {
		return s
	}
	var b strings.Builder
	escapeTo(&b, s, textMode, nil)
	return b.String()
}

// cleanLine is cleanText for one source line, with a function that maps a
// 1-based column of the line to the column of the cleaned line, so carets
// stay under the characters they mark.
func cleanLine(line string) (string, func(col int) int) {
	if !needsEscape(line, textMode) {
		return line, func(col int) int { return col }
	}
	var b strings.Builder
	var cols []int
	escapeTo(&b, line, textMode, &cols)
	return b.String(), func(col int) int {
		return cols[min(max(col-1, 0), len(cols)-1)] + 1
	}
}

// cleanURI writes a path as a URI reference: characters a URI cannot hold
// (controls, bidi controls, spaces, bytes that are not UTF-8...) are
// percent-encoded, and a relative path whose first segment has a colon
// ("::x.tf") starts with "./" so it does not read as a scheme. A Windows
// drive path (C:/src/x.tf) keeps its drive.
func cleanURI(p string) string {
	u := &url.URL{Path: p}
	if len(p) >= 2 && p[1] == ':' && ('A' <= p[0] && p[0] <= 'Z' || 'a' <= p[0] && p[0] <= 'z') {
		return u.EscapedPath()
	}
	return u.String()
}

// jsonSafe rewrites encoded JSON so that no character a terminal or a viewer
// would act on is written raw: encoding/json escapes C0 controls and the
// line separators but writes DEL, C1 controls and bidi controls as they
// are; they become \u escapes, as does the "[" of a legacy "##[" workflow
// command. Both only occur inside strings, so the document means the same.
func jsonSafe(doc []byte) []byte {
	s := string(doc)
	if !strings.Contains(s, "##[") && !strings.ContainsFunc(s, func(r rune) bool {
		return unsafeRune(r) && r != '\n' && r != '\t'
	}) {
		return doc
	}
	var b strings.Builder
	b.Grow(len(s) + 64)
	for i, r := range s {
		switch {
		case unsafeRune(r) && r != '\n' && r != '\t':
			fmt.Fprintf(&b, `\u%04x`, r)
		case r == '[' && strings.HasSuffix(s[:i], "##"):
			b.WriteString(`\u005b`)
		default:
			b.WriteRune(r)
		}
	}
	return []byte(b.String())
}

// CleanText is cleanText for callers outside the writers (the CLI's error
// messages on stderr, which may quote paths and text from the scanned tree).
func CleanText(s string) string { return cleanText(s) }
