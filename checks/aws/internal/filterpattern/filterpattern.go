// Package filterpattern reads CloudWatch Logs filter patterns in their JSON
// form ({ $.eventName = "ConsoleLogin" && $.errorMessage = "Failed*" }) and
// tells whether a pattern matches a given log event. Checks judge a metric
// filter by the events it matches rather than by its text, so that patterns
// that differ in spacing, quoting, parentheses or the order of their terms,
// and patterns that are equivalent in effect, are all recognised.
//
// The grammar read is the JSON one of the CloudWatch Logs documentation:
// selectors ($.a.b, $.a[0]), the comparisons =, !=, <, <=, >, >= against a
// quoted or bare string (with * wildcards), a number or a %regex%, the tests
// IS NULL, NOT EXISTS, IS TRUE and IS FALSE, && and || (&& binds tighter)
// and parentheses. Term and space-delimited patterns are not read: Parse
// returns an error and callers treat such a filter as one they cannot judge.
package filterpattern

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Event is a flat log event: field paths without "$." ("userIdentity.type",
// "resources[0].ARN") and their values as the log carries them.
type Event map[string]string

// Pattern is a parsed filter pattern.
type Pattern struct {
	root node
}

// Match says whether the pattern selects ev.
func (p *Pattern) Match(ev Event) bool { return p.root.match(ev) }

// maxLen bounds the patterns read: CloudWatch Logs accepts at most 1024
// characters.
const maxLen = 1024

// Parse reads a JSON filter pattern.
func Parse(src string) (*Pattern, error) {
	if len(src) > maxLen {
		return nil, fmt.Errorf("pattern longer than %d characters", maxLen)
	}
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	ps := &parser{toks: toks}
	if !ps.take(tokLBrace) {
		return nil, fmt.Errorf("not a JSON filter pattern: it must start with {")
	}
	root, err := ps.or()
	if err != nil {
		return nil, err
	}
	if !ps.take(tokRBrace) {
		return nil, fmt.Errorf("expected } at %s", ps.where())
	}
	if ps.i != len(ps.toks) {
		return nil, fmt.Errorf("unexpected %s after }", ps.where())
	}
	return &Pattern{root: root}, nil
}

type node interface{ match(Event) bool }

type orNode []node

func (n orNode) match(ev Event) bool {
	for _, k := range n {
		if k.match(ev) {
			return true
		}
	}
	return false
}

type andNode []node

func (n andNode) match(ev Event) bool {
	for _, k := range n {
		if !k.match(ev) {
			return false
		}
	}
	return true
}

// cmp is one comparison of a selector.
type cmp struct {
	field string
	op    string // =, !=, <, <=, >, >=, "null", "notexists", "true", "false"
	glob  string // for = and != against a string
	re    *regexp.Regexp
	num   *float64
}

func (c *cmp) match(ev Event) bool {
	v, present := ev[c.field]
	switch c.op {
	case "null", "notexists":
		return !present
	case "true":
		return present && v == "true"
	case "false":
		return present && v == "false"
	}
	if !present {
		// A comparison with a field the event lacks does not select it,
		// != included.
		return false
	}
	if c.num != nil {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return c.op == "!="
		}
		switch c.op {
		case "=":
			return f == *c.num
		case "!=":
			return f != *c.num
		case "<":
			return f < *c.num
		case "<=":
			return f <= *c.num
		case ">":
			return f > *c.num
		case ">=":
			return f >= *c.num
		}
		return false
	}
	eq := false
	if c.re != nil {
		eq = c.re.MatchString(v)
	} else {
		eq = globMatch(c.glob, v)
	}
	if c.op == "!=" {
		return !eq
	}
	return c.op == "=" && eq
}

// globMatch matches s against a pattern in which * stands for any run of
// characters.
func globMatch(pat, s string) bool {
	parts := strings.Split(pat, "*")
	if len(parts) == 1 {
		return pat == s
	}
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, mid := range parts[1 : len(parts)-1] {
		i := strings.Index(s, mid)
		if i < 0 {
			return false
		}
		s = s[i+len(mid):]
	}
	return strings.HasSuffix(s, last)
}
