package filterpattern

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

type tokKind int

const (
	tokLBrace tokKind = iota
	tokRBrace
	tokLParen
	tokRParen
	tokAnd
	tokOr
	tokOp
	tokSelector
	tokString // quoted
	tokBare   // unquoted word (a value, or IS/NOT/NULL/EXISTS/TRUE/FALSE)
	tokRegex
)

type token struct {
	kind tokKind
	text string
	pos  int
}

// lex splits a pattern into tokens.
func lex(src string) ([]token, error) {
	var out []token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '{':
			out = append(out, token{tokLBrace, "{", i})
			i++
		case c == '}':
			out = append(out, token{tokRBrace, "}", i})
			i++
		case c == '(':
			out = append(out, token{tokLParen, "(", i})
			i++
		case c == ')':
			out = append(out, token{tokRParen, ")", i})
			i++
		case strings.HasPrefix(src[i:], "&&"):
			out = append(out, token{tokAnd, "&&", i})
			i += 2
		case strings.HasPrefix(src[i:], "||"):
			out = append(out, token{tokOr, "||", i})
			i += 2
		case strings.HasPrefix(src[i:], "!=") || strings.HasPrefix(src[i:], "<=") || strings.HasPrefix(src[i:], ">="):
			out = append(out, token{tokOp, src[i : i+2], i})
			i += 2
		case c == '=' || c == '<' || c == '>':
			out = append(out, token{tokOp, src[i : i+1], i})
			i++
		case c == '"':
			s, n, err := quoted(src[i:])
			if err != nil {
				return nil, fmt.Errorf("at %d: %w", i, err)
			}
			out = append(out, token{tokString, s, i})
			i += n
		case c == '%':
			j := strings.IndexByte(src[i+1:], '%')
			if j < 0 {
				return nil, fmt.Errorf("at %d: unclosed %%regex%%", i)
			}
			out = append(out, token{tokRegex, src[i+1 : i+1+j], i})
			i += j + 2
		case c == '$':
			j := i + 1
			for j < len(src) && selectorChar(src[j]) {
				j++
			}
			if j == i+1 {
				return nil, fmt.Errorf("at %d: empty selector", i)
			}
			out = append(out, token{tokSelector, src[i:j], i})
			i = j
		default:
			j := i
			for j < len(src) && bareChar(src, j) {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("at %d: unexpected %q", i, src[i])
			}
			out = append(out, token{tokBare, src[i:j], i})
			i = j
		}
	}
	return out, nil
}

func selectorChar(c byte) bool {
	return c == '.' || c == '[' || c == ']' || c == '_' || c == '-' || c == '@' ||
		c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// bareChar says whether src[j] continues an unquoted value: anything but
// blanks, parentheses, braces, quotes and the start of && or ||.
func bareChar(src string, j int) bool {
	switch src[j] {
	case ' ', '\t', '\n', '\r', '(', ')', '{', '}', '"', '=', '<', '>':
		return false
	case '&', '|':
		return j+1 >= len(src) || src[j+1] != src[j]
	case '!':
		return j+1 >= len(src) || src[j+1] != '='
	}
	return true
}

// quoted reads a double-quoted string with backslash escapes; n is the
// number of bytes read.
func quoted(s string) (string, int, error) {
	var sb strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 >= len(s) {
				return "", 0, fmt.Errorf("unfinished escape")
			}
			i++
			sb.WriteByte(s[i])
		case '"':
			return sb.String(), i + 1, nil
		default:
			sb.WriteByte(s[i])
		}
	}
	return "", 0, fmt.Errorf("unclosed quote")
}

type parser struct {
	toks []token
	i    int
}

func (ps *parser) peek() (token, bool) {
	if ps.i < len(ps.toks) {
		return ps.toks[ps.i], true
	}
	return token{}, false
}

func (ps *parser) take(k tokKind) bool {
	if t, ok := ps.peek(); ok && t.kind == k {
		ps.i++
		return true
	}
	return false
}

func (ps *parser) where() string {
	if t, ok := ps.peek(); ok {
		return fmt.Sprintf("%q (offset %d)", t.text, t.pos)
	}
	return "end of pattern"
}

func (ps *parser) or() (node, error) {
	var terms orNode
	for {
		n, err := ps.and()
		if err != nil {
			return nil, err
		}
		terms = append(terms, n)
		if !ps.take(tokOr) {
			break
		}
	}
	if len(terms) == 1 {
		return terms[0], nil
	}
	return terms, nil
}

func (ps *parser) and() (node, error) {
	var terms andNode
	for {
		n, err := ps.unary()
		if err != nil {
			return nil, err
		}
		terms = append(terms, n)
		if !ps.take(tokAnd) {
			break
		}
	}
	if len(terms) == 1 {
		return terms[0], nil
	}
	return terms, nil
}

func (ps *parser) unary() (node, error) {
	if ps.take(tokLParen) {
		n, err := ps.or()
		if err != nil {
			return nil, err
		}
		if !ps.take(tokRParen) {
			return nil, fmt.Errorf("expected ) at %s", ps.where())
		}
		return n, nil
	}
	t, ok := ps.peek()
	if !ok || t.kind != tokSelector {
		return nil, fmt.Errorf("expected a $ selector at %s", ps.where())
	}
	ps.i++
	c := &cmp{field: strings.TrimPrefix(strings.TrimPrefix(t.text, "$"), ".")}
	if c.field == "" {
		return nil, fmt.Errorf("selector %q names no field", t.text)
	}
	op, ok := ps.peek()
	if !ok {
		return nil, fmt.Errorf("expected a comparison after %s", t.text)
	}
	if op.kind == tokBare {
		return ps.test(c)
	}
	if op.kind != tokOp {
		return nil, fmt.Errorf("expected a comparison at %s", ps.where())
	}
	ps.i++
	c.op = op.text
	v, ok := ps.peek()
	if !ok {
		return nil, fmt.Errorf("expected a value after %s %s", t.text, op.text)
	}
	ps.i++
	switch v.kind {
	case tokString:
		c.glob = v.text
	case tokRegex:
		re, err := regexp.Compile(v.text)
		if err != nil {
			return nil, fmt.Errorf("bad regex %q: %w", v.text, err)
		}
		c.re = re
	case tokBare:
		if f, err := strconv.ParseFloat(v.text, 64); err == nil {
			c.num = &f
		} else {
			c.glob = v.text
		}
	default:
		return nil, fmt.Errorf("expected a value at offset %d", v.pos)
	}
	if c.op != "=" && c.op != "!=" && c.num == nil {
		return nil, fmt.Errorf("%s needs a number", c.op)
	}
	return c, nil
}

// test reads IS NULL, NOT EXISTS, IS TRUE and IS FALSE.
func (ps *parser) test(c *cmp) (node, error) {
	words := []string{}
	for len(words) < 2 {
		t, ok := ps.peek()
		if !ok || t.kind != tokBare {
			break
		}
		words = append(words, strings.ToUpper(t.text))
		ps.i++
	}
	switch strings.Join(words, " ") {
	case "IS NULL":
		c.op = "null"
	case "NOT EXISTS":
		c.op = "notexists"
	case "IS TRUE":
		c.op = "true"
	case "IS FALSE":
		c.op = "false"
	default:
		return nil, fmt.Errorf("unknown test %q on $.%s", strings.Join(words, " "), c.field)
	}
	return c, nil
}
