package load

import (
	"bytes"
	"encoding/json"
	"strings"
)

// scanSources returns the source strings of the top-level module blocks of
// one configuration file, without parsing it: the loader needs every
// folder's module calls to tell root modules from called ones before it
// evaluates anything, and parsing every file for that (then keeping or
// parsing again every tree) is what made memory grow with the input.
//
// The scan knows enough of the native syntax to stay exact on real files:
// comments, quoted strings with escapes and ${ } / %{ } templates, heredocs
// and bracket depth. It is a prediction all the same: the parse of each
// folder, later, records the real calls, and Stream corrects the roots when
// the two disagree (a test holds the two together on every fixture).
func scanSources(name string, src []byte) []string {
	if strings.HasSuffix(name, ".json") {
		return scanJSONSources(src)
	}
	if !bytes.Contains(src, []byte("module")) {
		return nil
	}
	s := &callScanner{src: src}
	return s.run()
}

type callScanner struct {
	src []byte
	i   int
	out []string
}

func (s *callScanner) peek(off int) byte {
	if s.i+off < len(s.src) {
		return s.src[s.i+off]
	}
	return 0
}

func (s *callScanner) run() []string {
	depth := 0
	inModule := false
	itemStart := true // only blanks since a newline or the block's opening brace
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '\n':
			itemStart = true
			s.i++
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '#' || (c == '/' && s.peek(1) == '/'):
			s.skipLine()
		case c == '/' && s.peek(1) == '*':
			s.skipBlockComment()
		case c == '"':
			s.skipString()
			itemStart = false
		case c == '<' && s.peek(1) == '<':
			if s.skipHeredoc() {
				itemStart = true
			} else {
				s.i += 2
				itemStart = false
			}
		case c == '{' || c == '[' || c == '(':
			depth++
			s.i++
			itemStart = c == '{' && depth == 1 && inModule
		case c == '}' || c == ']' || c == ')':
			if depth > 0 {
				depth--
			}
			if depth == 0 {
				inModule = false
			}
			s.i++
			itemStart = false
		case isIdentByte(c, true):
			start := s.i
			for s.i < len(s.src) && isIdentByte(s.src[s.i], false) {
				s.i++
			}
			word := string(s.src[start:s.i])
			switch {
			case itemStart && depth == 0 && word == "module":
				if s.moduleHeader() {
					depth, inModule, itemStart = 1, true, true
					continue
				}
			case itemStart && depth == 1 && inModule && word == "source":
				s.sourceValue()
			}
			itemStart = false
		default:
			s.i++
			itemStart = false
		}
	}
	return s.out
}

func isIdentByte(c byte, first bool) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
		(!first && (c == '-' || (c >= '0' && c <= '9')))
}

// blanks skips spaces and tabs (not newlines).
func (s *callScanner) blanks() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// moduleHeader reads the labels after "module" up to the opening brace on
// the same line; false (and nothing consumed past the labels) otherwise.
func (s *callScanner) moduleHeader() bool {
	for {
		s.blanks()
		switch c := s.peek(0); {
		case c == '{':
			s.i++
			return true
		case c == '"':
			s.skipString()
		case isIdentByte(c, true):
			for s.i < len(s.src) && isIdentByte(s.src[s.i], false) {
				s.i++
			}
		default:
			return false
		}
	}
}

// sourceValue reads `= "literal"` after the word source and records the
// literal; anything else (a template, an expression) is left to the parser.
func (s *callScanner) sourceValue() {
	s.blanks()
	if s.peek(0) != '=' || s.peek(1) == '=' {
		return
	}
	s.i++
	s.blanks()
	if s.peek(0) != '"' {
		return
	}
	start := s.i + 1
	for j := start; j < len(s.src); j++ {
		switch c := s.src[j]; c {
		case '"':
			s.out = append(s.out, string(s.src[start:j]))
			s.i = j + 1
			return
		case '\\', '\n':
			s.skipString()
			return
		case '$', '%':
			if j+1 < len(s.src) && s.src[j+1] == '{' {
				s.skipString()
				return
			}
		}
	}
	s.i = len(s.src)
}

func (s *callScanner) skipLine() {
	if j := bytes.IndexByte(s.src[s.i:], '\n'); j >= 0 {
		s.i += j
		return
	}
	s.i = len(s.src)
}

func (s *callScanner) skipBlockComment() {
	if j := bytes.Index(s.src[s.i+2:], []byte("*/")); j >= 0 {
		s.i += 2 + j + 2
		return
	}
	s.i = len(s.src)
}

// skipString skips a quoted string from its opening quote: escapes, and
// templates whose expressions hold strings and brackets of their own. An
// unterminated string ends at the newline, as the parser ends it.
func (s *callScanner) skipString() {
	s.i++
	for s.i < len(s.src) {
		switch c := s.src[s.i]; c {
		case '\\':
			s.i += 2
		case '"':
			s.i++
			return
		case '\n':
			return
		case '$', '%':
			if s.peek(1) == '{' {
				if s.peek(-1) == c { // $${ and %%{ are literal
					s.i += 2
					continue
				}
				s.i += 2
				s.skipTemplateExpr()
				continue
			}
			s.i++
		default:
			s.i++
		}
	}
}

// skipTemplateExpr skips the expression of a ${ } or %{ } sequence, to and
// past its closing brace.
func (s *callScanner) skipTemplateExpr() {
	depth := 0
	for s.i < len(s.src) {
		switch c := s.src[s.i]; c {
		case '"':
			s.skipString()
		case '{', '[', '(':
			depth++
			s.i++
		case '}':
			if depth == 0 {
				s.i++
				return
			}
			depth--
			s.i++
		case ']', ')':
			depth--
			s.i++
		default:
			s.i++
		}
	}
}

// skipHeredoc skips <<MARKER or <<-MARKER and its lines to the closing
// marker line; false when the bytes are no heredoc opener.
func (s *callScanner) skipHeredoc() bool {
	j := s.i + 2
	if j < len(s.src) && s.src[j] == '-' {
		j++
	}
	start := j
	for j < len(s.src) && isIdentByte(s.src[j], j == start) {
		j++
	}
	if j == start {
		return false
	}
	marker := s.src[start:j]
	if j < len(s.src) && s.src[j] == '\r' {
		j++
	}
	if j >= len(s.src) || s.src[j] != '\n' {
		return false
	}
	j++
	for j < len(s.src) {
		end := bytes.IndexByte(s.src[j:], '\n')
		line := s.src[j:]
		if end >= 0 {
			line = s.src[j : j+end]
		}
		if bytes.Equal(bytes.TrimSpace(line), marker) {
			s.i = j + len(line)
			return true
		}
		if end < 0 {
			break
		}
		j += end + 1
	}
	s.i = len(s.src)
	return true
}

// scanJSONSources reads the module sources of a .tf.json file: "module" at
// the top holds an object (or a list of objects) of calls by name, each an
// object or a list of objects with a "source" string.
func scanJSONSources(src []byte) []string {
	if !bytes.Contains(src, []byte(`"module"`)) {
		return nil
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(src, &top) != nil {
		return nil
	}
	var out []string
	var calls func(raw json.RawMessage)
	var call func(raw json.RawMessage)
	calls = func(raw json.RawMessage) {
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			for _, r := range list {
				calls(r)
			}
			return
		}
		var byName map[string]json.RawMessage
		if json.Unmarshal(raw, &byName) == nil {
			for _, r := range byName {
				call(r)
			}
		}
	}
	call = func(raw json.RawMessage) {
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			for _, r := range list {
				call(r)
			}
			return
		}
		var body struct {
			Source *string `json:"source"`
		}
		if json.Unmarshal(raw, &body) == nil && body.Source != nil {
			out = append(out, *body.Source)
		}
	}
	if m, ok := top["module"]; ok {
		calls(m)
	}
	return out
}
