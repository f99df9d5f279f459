// Package limits bounds the work that untrusted configuration can make the
// loader do: how deeply a file may nest before it is parsed, and how much
// evaluation one root module may cost.
package limits

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// MaxNesting is the deepest nesting a file may have. Real configuration
// stays below 30; HCL's recursive parser and evaluator overflow the Go stack
// somewhere above 50,000.
const MaxNesting = 1000

// Scanning modes of the native syntax.
const (
	kindBase     = iota // a file's body, or the root of a bare template
	kindBrace           // { in code
	kindBrack           // [ in code
	kindParen           // ( in code
	kindInterp          // ${ or %{ ... }: code inside a template
	kindQuote           // "...": a quoted template
	kindHeredoc         // <<EOT ... EOT
	kindControl         // between %{ if } or %{ for } and its %{ end... }
	kindJSONNest        // [ or { in JSON
)

type frame struct {
	kind uint8
	open byte // the bracket of a kindBrack/kindParen/kindBrace/kindJSONNest frame
	ops  int  // operators chained at this level since the last separator
	// pieces counts a template's literal pieces
	pieces int
	isFor  bool // a for expression or %{ for } directive
	sol    bool // heredoc: at the start of a line with no interpolation yet
	mark   []byte
}

// scanner measures nesting the way HCL's parser recurses: every bracket,
// interpolation, quoted string, heredoc and template directive is a level,
// and so is every operator of an unbroken chain (a + b + c, !!!x, a ? b : c
// ? d : e, x[*].y[*]), since HCL parses and evaluates those recursively too.
// It only counts: it builds nothing and never fails on invalid syntax (the
// parser reports that). It errs on the side of counting too much.
type scanner struct {
	src     []byte
	stack   []frame
	total   int
	limit   int
	noClose bool // no "*/" after some earlier "/*": none later either
	// baseTemplate: the file is a bare template, not a body
	baseTemplate bool
	meld         int
	why          Reason
	// maxFor, when above 0, caps nested for expressions
	maxFor, fors int
}

// Reason says which limit a file passed.
type Reason uint8

// The limits a file can pass.
const (
	ReasonNesting  Reason = iota // nesting deeper than the limit
	ReasonTemplate               // a template with too many literal pieces
	ReasonJSONFor                // for expressions nested in a JSON string
)

// Describe says in words which limit was passed.
func (r Reason) Describe(limit int) string {
	if r == ReasonJSONFor {
		return "a string here nests for expressions (or %{ for } directives); in JSON syntax HCL evaluates them where their cost cannot be bounded, so only one level is accepted"
	}
	if r == ReasonTemplate {
		return fmt.Sprintf("a template here has more than %d literal pieces (lines, $ and %% signs, escapes), which HCL's parser joins in quadratic time", MaxTemplatePieces)
	}
	return fmt.Sprintf("brackets, blocks, interpolations or chained operators nest more than %d levels deep here", limit)
}

// MaxTemplatePieces caps the literal pieces (lines, "$" signs, escapes) of
// one template; maxMeld caps the bytes HCL's parser copies to join them.
const (
	MaxTemplatePieces = 50000
	maxMeld           = 1 << 28
)

// CheckNative returns the byte offset at which a native-syntax file nests
// deeper than limit, or -1. With template true, src is a bare template (a
// templatefile file): it starts in template mode.
func CheckNative(src []byte, limit int, template bool) (int, Reason) {
	s := &scanner{src: src, limit: limit}
	s.stack = make([]frame, 1, 32)
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	s.baseTemplate = template
	return s.run(start, len(src)), s.why
}

// CheckJSON returns the byte offset at which a JSON-syntax file nests
// deeper than limit, or -1. The strings of a JSON file are templates to
// HCL, so each one is measured as a template on top of the JSON nesting.
func CheckJSON(src []byte, limit int) (int, Reason) {
	depth := 0
	var open []byte
	i := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		i = 3
	}
	for i < len(src) {
		c := src[i]
		switch c {
		case '[', '{':
			open = append(open, c)
			depth++
			if depth > limit {
				return i, ReasonNesting
			}
		case ']', '}':
			if n := len(open); n > 0 && open[n-1] == c-2 {
				open = open[:n-1]
				depth--
			}
		case '"':
			end, esc := i+1, false
			for end < len(src) && src[end] != '"' {
				if src[end] == '\\' {
					esc = true
					end++
				}
				end++
			}
			end = min(end, len(src))
			body := src[i+1 : end]
			if esc {
				var s string
				if json.Unmarshal(src[i:min(end+1, len(src))], &s) == nil {
					body = []byte(s)
				}
			}
			if bytes.Contains(body, []byte("{")) {
				sub := &scanner{src: body, limit: limit - depth, baseTemplate: true, maxFor: 1}
				sub.stack = make([]frame, 1, 8)
				if off := sub.run(0, len(body)); off >= 0 {
					if esc {
						return i, sub.why
					}
					return i + 1 + off, sub.why
				}
			}
			i = end
		}
		i++
	}
	return -1, ReasonNesting
}

// codeBytes and templateBytes are the bytes the scanner acts on in code and
// in template text; it skips every other byte.
var (
	codeBytes     = byteSet("[](){},\n\"#/<=!>&|+-*%?")
	templateBytes = byteSet("\\\"\n$%")
)

func byteSet(chars string) *[256]bool {
	var set [256]bool
	for i := range len(chars) {
		set[chars[i]] = true
	}
	return &set
}

func (s *scanner) top() *frame { return &s.stack[len(s.stack)-1] }

// push adds a level; it reports false when the limit is passed.
func (s *scanner) push(f frame) bool {
	s.stack = append(s.stack, f)
	s.total++
	return s.total <= s.limit
}

// op counts one chained operator at the current level.
func (s *scanner) op() bool {
	s.top().ops++
	s.total++
	return s.total <= s.limit
}

func (s *scanner) pop() {
	if len(s.stack) > 1 {
		if s.top().isFor {
			s.fors--
		}
		s.total -= 1 + s.top().ops
		s.stack = s.stack[:len(s.stack)-1]
	}
}

// separate ends an operator chain (a comma, or a newline in a body).
func (s *scanner) separate() {
	t := s.top()
	s.total -= t.ops
	t.ops = 0
}

// codeMode says whether the innermost frame reads code.
func (s *scanner) codeMode() bool {
	switch s.top().kind {
	case kindQuote, kindHeredoc, kindControl:
		return false
	case kindBase:
		return !s.baseTemplate
	}
	return true
}

// run scans src[i:end], switching between code and template text; it
// returns the offset where the limit was passed, or -1.
func (s *scanner) run(i, end int) int {
	for i < end {
		var stop bool
		if s.codeMode() {
			i, stop = s.code(i, end)
		} else {
			i, stop = s.template(i, end)
		}
		if stop {
			return i
		}
	}
	return -1
}

// code scans native code from i; it returns the offset where the limit was
// passed or -1.
func (s *scanner) code(i, end int) (int, bool) {
	src := s.src
	for i < end {
		c := src[i]
		if !codeBytes[c] {
			i++
			continue
		}
		switch c {
		case '[', '(', '{':
			k := uint8(kindBrack)
			switch c {
			case '(':
				k = kindParen
			case '{':
				k = kindBrace
			}
			f := frame{kind: k, open: c}
			if s.maxFor > 0 && c != '(' && startsFor(src, i+1, end) {
				f.isFor = true
				if !s.enterFor() {
					return i, true
				}
			}
			if !s.push(f) {
				return i, true
			}
		case ']', ')':
			t := s.top()
			if (c == ']' && t.kind == kindBrack) || (c == ')' && t.kind == kindParen) {
				s.pop()
				// a bracketed group continues the chain it stands in (f(x)[0].y)
				if !s.op() {
					return i, true
				}
			}
		case '}':
			// As HCL's lexer: a closing brace closes the innermost brace or
			// interpolation, whatever brackets are still open inside it.
			j := len(s.stack) - 1
			for j > 0 && s.stack[j].kind != kindBrace && s.stack[j].kind != kindInterp {
				if s.stack[j].kind != kindBrack && s.stack[j].kind != kindParen {
					j = 0
					break
				}
				j--
			}
			if j > 0 {
				wasInterp := s.stack[j].kind == kindInterp
				for len(s.stack) > j {
					s.pop()
				}
				if wasInterp {
					return i + 1, false
				}
				if !s.op() {
					return i, true
				}
			}
		case ',':
			s.separate()
		case '\n':
			if k := s.top().kind; k == kindBrace || k == kindBase {
				s.separate()
			}
		case '"':
			if !s.push(frame{kind: kindQuote}) {
				return i, true
			}
			return i + 1, false
		case '#':
			i = s.lineEnd(i) - 1
		case '/':
			if i+1 < end && src[i+1] == '/' {
				i = s.lineEnd(i) - 1
				break
			}
			if i+1 < end && src[i+1] == '*' && !s.noClose {
				if k := bytes.Index(src[i+2:end], []byte("*/")); k >= 0 {
					i += 2 + k + 1
					break
				}
				s.noClose = true
			}
			if !s.op() {
				return i, true
			}
		case '<':
			if i+1 < end && src[i+1] == '<' {
				if mark, next := heredocStart(src, i+2, end); mark != nil {
					if !s.push(frame{kind: kindHeredoc, mark: mark, sol: true}) {
						return i, true
					}
					return next, false
				}
			}
			if i+1 < end && src[i+1] == '=' {
				i++
			}
			if !s.op() {
				return i, true
			}
		case '=', '!', '>':
			if i+1 < end && src[i+1] == '=' {
				i++
			} else if c == '=' {
				if i+1 < end && src[i+1] == '>' {
					i++ // =>
				}
				break
			}
			if !s.op() {
				return i, true
			}
		case '&', '|':
			if i+1 < end && src[i+1] == c {
				i++
			}
			if !s.op() {
				return i, true
			}
		case '+', '-', '*', '%', '?':
			if !s.op() {
				return i, true
			}
		}
		i++
	}
	return end, false
}

func (s *scanner) lineEnd(i int) int {
	if k := bytes.IndexByte(s.src[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s.src)
}

// heredocStart reads the marker of <<EOT or <<-EOT up to its newline.
func heredocStart(src []byte, i, end int) ([]byte, int) {
	if i < end && src[i] == '-' {
		i++
	}
	start := i
	for i < end {
		r, n := utf8.DecodeRune(src[i:])
		ok := r == '_' || unicode.IsLetter(r) || (i > start && (r == '-' || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)))
		if !ok {
			break
		}
		i += n
	}
	if i == start {
		return nil, 0
	}
	mark := src[start:i]
	if i < end && src[i] == '\r' {
		i++
	}
	if i < end && src[i] == '\n' {
		return mark, i + 1
	}
	return nil, 0
}

// template scans template text (a quoted string, a heredoc or a bare
// template, as the top frame says) from i.
func (s *scanner) template(i, end int) (int, bool) {
	src := s.src
	t := s.top()
	kind := t.kind
	if kind == kindControl {
		// a directive's body is read in the mode of the frame below it
		for j := len(s.stack) - 1; j >= 0; j-- {
			if s.stack[j].kind != kindControl {
				kind = s.stack[j].kind
				t = &s.stack[j]
				break
			}
		}
	}
	// HCL's parser joins the literal pieces of a template (lines, "$x",
	// "$${") one at a time, copying the text so far and the rest of the
	// token list for each: bound that quadratic work.
	runStart := i
	piece := func(i int) bool {
		t.pieces++
		s.meld += i - runStart
		if t.pieces > MaxTemplatePieces || s.meld > maxMeld {
			s.why = ReasonTemplate
			return false
		}
		return true
	}
	for i < end {
		if kind == kindHeredoc && t.sol {
			t.sol = false
			le := s.lineEnd(i)
			if le < end && bytes.Equal(bytes.TrimSpace(src[i:le]), t.mark) {
				for len(s.stack) > 0 && s.top().kind != kindHeredoc {
					s.pop()
				}
				s.pop()
				return le, false
			}
		}
		c := src[i]
		if !templateBytes[c] {
			i++
			continue
		}
		switch {
		case c == '\\' && kind == kindQuote:
			if i+1 < end && src[i+1] != '\n' && src[i+1] != '\r' {
				i++
			}
		case c == '"' && kind == kindQuote:
			for s.top().kind != kindQuote {
				s.pop()
			}
			s.pop()
			// a string is one term of the chain it stands in
			if !s.op() {
				return i, true
			}
			return i + 1, false
		case c == '\n':
			if kind == kindHeredoc {
				t.sol = true
			}
			if !piece(i) {
				return i, true
			}
		case (c == '$' || c == '%') && i+1 < end:
			next := src[i+1]
			if next == c && i+2 < end && src[i+2] == '{' {
				if !piece(i) {
					return i, true
				}
				i += 2 // $${ and %%{ are literal
				break
			}
			if next != '{' {
				if !piece(i) {
					return i, true
				}
				break
			}
			if kind == kindHeredoc {
				t.sol = false
			}
			if c == '%' {
				word := directive(src, i+2, end)
				switch word {
				case "if", "for":
					if word == "for" && s.maxFor > 0 && !s.enterFor() {
						return i, true
					}
					if !s.push(frame{kind: kindControl, isFor: word == "for" && s.maxFor > 0}) {
						return i, true
					}
				case "endif", "endfor":
					if s.top().kind == kindControl {
						s.pop()
					}
				}
			}
			if !s.push(frame{kind: kindInterp}) {
				return i, true
			}
			return i + 2, false
		}
		i++
	}
	return end, false
}

// enterFor counts one more nested for; false when there are too many.
func (s *scanner) enterFor() bool {
	s.fors++
	if s.fors > s.maxFor {
		s.why = ReasonJSONFor
		return false
	}
	return true
}

// startsFor says whether the code from i starts with the keyword for.
func startsFor(src []byte, i, end int) bool {
	for i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return end-i > 3 && string(src[i:i+3]) == "for" && (src[i+3] == ' ' || src[i+3] == '\t' || src[i+3] == '\n')
}

// directive returns the keyword that starts a %{ ... } directive.
func directive(src []byte, i, end int) string {
	if i < end && src[i] == '~' {
		i++
	}
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	j := i
	for j < end && j-i < 6 && src[j] >= 'a' && src[j] <= 'z' {
		j++
	}
	return string(src[i:j])
}

// Pos returns the position of a byte offset in src, as HCL counts it.
func Pos(src []byte, off int) hcl.Pos {
	pos := hcl.Pos{Line: 1, Column: 1, Byte: off}
	prefix := src[:min(off, len(src))]
	if k := bytes.LastIndexByte(prefix, '\n'); k >= 0 {
		pos.Line += bytes.Count(prefix, []byte("\n"))
		prefix = prefix[k+1:]
	}
	pos.Column += utf8.RuneCount(prefix)
	return pos
}
