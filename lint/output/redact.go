package output

import (
	"strings"
	"unicode"
)

// redacted stands for the hidden part of a string literal.
const redacted = "…(redacted)"

// maskLiterals returns source lines with the contents of the string
// literals and heredocs that start at or after column startCol of the first
// line hidden, for the excerpt of a finding that found a secret (or of an
// argument whose value is sensitive). A quoted literal keeps a short prefix
// so the reader can tell which value it was ("AKIA…(redacted)"); a heredoc
// keeps its markers and indentation only. Interpolations inside a literal
// are hidden with it.
func maskLiterals(lines []string, startCol int) []string {
	out := make([]string, 0, len(lines))
	heredoc := "" // the closing marker while inside a heredoc
	for n, line := range lines {
		if heredoc != "" {
			trimmed := strings.TrimSpace(line)
			switch trimmed {
			case heredoc:
				heredoc = ""
				out = append(out, line)
			case "":
				out = append(out, line)
			default:
				indent := line[:len(line)-len(strings.TrimLeftFunc(line, unicode.IsSpace))]
				out = append(out, indent+redacted)
			}
			continue
		}
		rs := []rune(line)
		from := 0
		if n == 0 {
			from = min(max(startCol-1, 0), len(rs))
		}
		var b strings.Builder
		b.WriteString(string(rs[:from]))
		for i := from; i < len(rs); {
			switch {
			case rs[i] == '"':
				end := scanString(rs, i+1)
				closed := end <= len(rs) && end > i+1 && rs[end-1] == '"' && !escapedAt(rs, end-1, i+1)
				content := rs[i+1 : end]
				if closed {
					content = rs[i+1 : end-1]
				}
				b.WriteString(`"` + keepPrefix(content) + redacted)
				if closed {
					b.WriteString(`"`)
				}
				i = end
			case rs[i] == '<' && i+1 < len(rs) && rs[i+1] == '<':
				j := i + 2
				if j < len(rs) && rs[j] == '-' {
					j++
				}
				k := j
				for k < len(rs) && (unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k]) || rs[k] == '_') {
					k++
				}
				if k > j {
					heredoc = string(rs[j:k])
				}
				b.WriteString(string(rs[i:k]))
				i = k
			case rs[i] == '#' || (rs[i] == '/' && i+1 < len(rs) && rs[i+1] == '/'):
				b.WriteString(string(rs[i:]))
				i = len(rs)
			default:
				b.WriteRune(rs[i])
				i++
			}
		}
		out = append(out, b.String())
	}
	return out
}

// keepPrefix is the part of a literal's contents a masked excerpt shows: at
// most 4 characters and at most a quarter of them, so short secrets show
// next to nothing.
func keepPrefix(content []rune) string {
	n := min(4, len(content)/4)
	return string(content[:n])
}

// scanString returns the index just after the closing quote of a quoted
// template whose contents start at i, skipping escapes and interpolations
// (which may hold quotes of their own); len(rs) when it does not close on
// this line.
func scanString(rs []rune, i int) int {
	for i < len(rs) {
		switch {
		case rs[i] == '\\':
			i += 2
		case rs[i] == '"':
			return i + 1
		case (rs[i] == '$' || rs[i] == '%') && i+2 < len(rs) && rs[i+1] == rs[i] && rs[i+2] == '{':
			i += 3 // $${ and %%{ are literal
		case (rs[i] == '$' || rs[i] == '%') && i+1 < len(rs) && rs[i+1] == '{':
			i = scanCode(rs, i+2)
		default:
			i++
		}
	}
	return len(rs)
}

// scanCode returns the index just after the brace that closes an
// interpolation whose code starts at i.
func scanCode(rs []rune, i int) int {
	depth := 1
	for i < len(rs) {
		switch rs[i] {
		case '"':
			i = scanString(rs, i+1)
			continue
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
		i++
	}
	return len(rs)
}

// escapedAt says whether the character at i is escaped by a backslash run
// that starts at or after from.
func escapedAt(rs []rune, i, from int) bool {
	n := 0
	for j := i - 1; j >= from && rs[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}
