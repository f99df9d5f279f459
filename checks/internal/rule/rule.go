// Package rule holds the shapes that recur across checks of every provider:
// a boolean that must be on (or off), a number with a minimum or maximum, a
// value from an allowed set, a list that must hold an item. Each constructor
// returns a check's Run, so that a simple check is its metadata and one line:
//
//	Run: rule.MinNumber("backup_retention_period", 7, rule.Default(1),
//		"DocumentDB cluster {address} keeps backups for {value} days (fewer than {limit})"),
//
// The rules every shape keeps: an unknown value is never a finding; an absent
// or null argument takes the stated default (rule.Default), and with
// rule.NoDefault an absent argument is never a finding. Checks with real
// logic stay hand-written.
//
// # Paths
//
// The path names the argument, after the nested block types that lead to it:
// "server_side_encryption.enabled" reads enabled in every
// server_side_encryption block (static or dynamic). A missing block is read
// as a block whose arguments are all absent, unless rule.NoBlock says what to
// report instead.
//
// # Messages
//
// A message is a template. {address} is the resource address, {value} the
// value read (the default when absent), {limit} the threshold or the allowed
// values, and {TYPE.ATTR} the string ATTR of the enclosing block of TYPE on
// the path, quoted ({rule.rule_name} gives "daily"). A finding is reported
// at the argument, so that its range is the expression (or the header of
// the block that lacks it).
package rule

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Def is the provider default of an argument: the value an absent or null
// argument takes.
type Def struct {
	value any
	set   bool
	// Holds names the provider versions the default is documented for
	// ("hashicorp/aws v4-v6"). It is a record for readers and docs; it
	// changes nothing in what the shape reports.
	Holds string
}

// Default is the value an absent or null argument takes: a bool for On and
// Off, a whole number for MinNumber and MaxNumber, a string for OneOf, a
// []string for Contains.
func Default(v any) Def {
	if list, ok := v.([]string); ok {
		v = slices.Clone(list)
	}
	return Def{value: v, set: true}
}

// NoDefault says that an absent argument leaves the matter to the provider
// or AWS in a way that is not a finding.
var NoDefault = Def{}

// For records the provider versions the default holds for.
func (d Def) For(versions string) Def {
	d.Holds = versions
	return d
}

// Option adjusts a shape.
type Option func(*shape)

// NoBlock is the message said at the enclosing block (the resource, at the
// top) when a nested block on the path is missing and the default fails.
// Without it a missing block reads as a block with every argument absent.
func NoBlock(msg string) Option {
	return func(s *shape) { s.noBlock = parse(msg) }
}

// Unset is the message said at the enclosing block (the resource, at the
// top) when the argument is absent or null and its default fails. Without
// it the main message is said at the argument, with {value} the default.
func Unset(msg string) Option {
	return func(s *shape) { s.unset = parse(msg) }
}

// Skip leaves out the resources for which skip says yes (read replicas that
// inherit a setting, say).
func Skip(skip func(r *lint.Resource) bool) Option {
	return func(s *shape) { s.skip = skip }
}

// TypeDefault is the default for one resource type, where the types a check
// reads document different defaults.
func TypeDefault(typ string, d Def) Option {
	return func(s *shape) {
		if s.typeDefs == nil {
			s.typeDefs = map[string]Def{}
		}
		s.typeDefs[typ] = d
	}
}

// Unlimited is a number that means "no limit" (0 days: never expires): it
// satisfies a minimum and fails a maximum. Only for MinNumber and MaxNumber.
func Unlimited(n int64) Option {
	return func(s *shape) {
		if s.kind != minNumber && s.kind != maxNumber {
			panic("rule: Unlimited is only for MinNumber and MaxNumber")
		}
		s.unlimited = &n
	}
}

// FoldCase compares strings without regard to case. Only for OneOf and
// Contains.
func FoldCase() Option {
	return func(s *shape) {
		if s.kind != oneOf && s.kind != contains {
			panic("rule: FoldCase is only for OneOf and Contains")
		}
		s.fold = true
	}
}

type kind int

const (
	boolean kind = iota
	minNumber
	maxNumber
	oneOf
	contains
)

type shape struct {
	kind     kind
	blocks   []string
	attr     string
	def      Def
	typeDefs map[string]Def
	msg      template
	noBlock  template
	unset    template
	skip     func(*lint.Resource) bool

	want      bool     // boolean: the value required
	limit     int64    // minNumber, maxNumber
	unlimited *int64   // minNumber, maxNumber
	allowed   []string // oneOf; contains: the one item
	fold      bool
}

// On reports the argument at path when it is not true.
func On(path string, def Def, msg string, opts ...Option) func(*lint.Pass) {
	return build(&shape{kind: boolean, want: true}, path, def, msg, opts)
}

// Off reports the argument at path when it is not false.
func Off(path string, def Def, msg string, opts ...Option) func(*lint.Pass) {
	return build(&shape{kind: boolean, want: false}, path, def, msg, opts)
}

// MinNumber reports the whole number at path when it is below min. A value
// that is not a whole number is not read (Terraform rejects it for the
// arguments these checks read).
func MinNumber(path string, minimum int64, def Def, msg string, opts ...Option) func(*lint.Pass) {
	return build(&shape{kind: minNumber, limit: minimum}, path, def, msg, opts)
}

// MaxNumber reports the whole number at path when it is above max.
func MaxNumber(path string, maximum int64, def Def, msg string, opts ...Option) func(*lint.Pass) {
	return build(&shape{kind: maxNumber, limit: maximum}, path, def, msg, opts)
}

// OneOf reports the string at path when it is not one of allowed.
func OneOf(path string, allowed []string, def Def, msg string, opts ...Option) func(*lint.Pass) {
	return build(&shape{kind: oneOf, allowed: slices.Clone(allowed)}, path, def, msg, opts)
}

// Contains reports the list at path when it does not hold item. A list with
// unknown elements that lacks item among its known ones is not a finding.
func Contains(path, item string, def Def, msg string, opts ...Option) func(*lint.Pass) {
	return build(&shape{kind: contains, allowed: []string{item}}, path, def, msg, opts)
}

// build completes a shape and returns its Run. Mistakes in the shape itself
// (an empty path, a default of the wrong type, an unknown placeholder) panic
// here, when the check's package is initialised, so that any test of it
// fails at once.
func build(s *shape, path string, def Def, msg string, opts []Option) func(*lint.Pass) {
	parts := strings.Split(path, ".")
	if slices.Contains(parts, "") {
		panic(fmt.Sprintf("rule: bad path %q", path))
	}
	s.blocks, s.attr = parts[:len(parts)-1], parts[len(parts)-1]
	s.def = def
	s.msg = parse(msg)
	for _, o := range opts {
		o(s)
	}
	s.checkDef(def)
	for _, d := range s.typeDefs {
		s.checkDef(d)
	}
	for _, t := range []template{s.msg, s.noBlock, s.unset} {
		for _, seg := range t {
			if seg.block != "" && !slices.Contains(s.blocks, seg.block) {
				panic(fmt.Sprintf("rule: placeholder {%s.%s} names no block of path %q", seg.block, seg.attr, path))
			}
		}
	}
	return s.run
}

func (s *shape) checkDef(d Def) {
	if !d.set {
		return
	}
	ok := false
	switch s.kind {
	case boolean:
		_, ok = d.value.(bool)
	case minNumber, maxNumber:
		_, ok = whole(d.value)
	case oneOf:
		_, ok = d.value.(string)
	case contains:
		_, ok = d.value.([]string)
	}
	if !ok {
		panic(fmt.Sprintf("rule: default %#v does not fit the shape of %q", d.value, s.attr))
	}
}

func whole(v any) (int64, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int64:
		return n, true
	}
	return 0, false
}

func (s *shape) run(p *lint.Pass) {
	for _, r := range p.Resources() {
		if s.skip != nil && s.skip(r) {
			continue
		}
		def := s.def
		if d, ok := s.typeDefs[r.Type]; ok {
			def = d
		}
		s.walk(p, r, def, []*lint.Block{r.Body})
	}
}

// walk descends the block types of the path; chain holds the blocks so far,
// the resource body first.
func (s *shape) walk(p *lint.Pass, r *lint.Resource, def Def, chain []*lint.Block) {
	b := chain[len(chain)-1]
	depth := len(chain) - 1
	if depth == len(s.blocks) {
		s.judge(p, r, def, chain)
		return
	}
	typ := s.blocks[depth]
	kids := b.Blocks(typ)
	if len(kids) == 0 {
		if s.noBlock != nil {
			if v, bad, ok := s.test(lint.Attr{}, def); ok && bad {
				p.Reportf(b, "%s", s.noBlock.render(r, chain, v, s.limitText()))
			}
			return
		}
		kids = []*lint.Block{b.Block(typ)}
	}
	for _, k := range kids {
		s.walk(p, r, def, append(slices.Clip(chain), k))
	}
}

func (s *shape) judge(p *lint.Pass, r *lint.Resource, def Def, chain []*lint.Block) {
	b := chain[len(chain)-1]
	a := b.Attr(s.attr)
	v, bad, ok := s.test(a, def)
	if !ok || !bad {
		return
	}
	if a.Null() && s.unset != nil {
		p.Reportf(b, "%s", s.unset.render(r, chain, v, s.limitText()))
		return
	}
	p.Reportf(a, "%s", s.msg.render(r, chain, v, s.limitText()))
}

// test reads a (the zero Attr stands for a missing block: absent) and says
// whether it fails the shape; ok is false when it cannot be known, or when
// it is absent with no default. v renders the value read for {value}; a
// sensitive value renders as "(sensitive)".
func (s *shape) test(a lint.Attr, def Def) (v string, bad, ok bool) {
	v, bad, ok = s.read(a, def)
	if ok && !a.Null() && a.Sensitive {
		v = "(sensitive)"
	}
	return v, bad, ok
}

// read is test without the care for sensitive values.
func (s *shape) read(a lint.Attr, def Def) (v string, bad, ok bool) {
	absent := a.Null()
	if absent && !def.set {
		return "", false, false
	}
	switch s.kind {
	case boolean:
		on := false
		if absent {
			on = def.value.(bool)
		} else if on, ok = a.BoolOr(false); !ok {
			return "", false, false
		}
		return strconv.FormatBool(on), on != s.want, true
	case minNumber, maxNumber:
		var n int64
		if absent {
			n, _ = whole(def.value)
		} else if n, ok = a.IntOr(0); !ok {
			return "", false, false
		}
		return strconv.FormatInt(n, 10), s.numberBad(n), true
	case oneOf:
		str := ""
		if absent {
			str = def.value.(string)
			v = str
		} else {
			if str, ok = a.StringOr(""); !ok {
				return "", false, false
			}
			v = a.Display()
		}
		return v, !s.has([]string{str}, s.allowed...), true
	case contains:
		var list []string
		switch {
		case absent:
			list = def.value.([]string)
		case !a.Known():
			return "", false, false
		default:
			list = a.Strings()
		}
		v = "[" + strings.Join(list, ", ") + "]"
		if s.has(list, s.allowed[0]) {
			return v, false, true
		}
		if !absent && !a.AllStringsKnown() {
			return "", false, false
		}
		return v, true, true
	}
	return "", false, false
}

// has says whether list holds one of items.
func (s *shape) has(list []string, items ...string) bool {
	for _, x := range list {
		for _, y := range items {
			if x == y || s.fold && strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

func (s *shape) numberBad(n int64) bool {
	if s.unlimited != nil && n == *s.unlimited {
		return s.kind == maxNumber
	}
	if s.kind == minNumber {
		return n < s.limit
	}
	return n > s.limit
}

func (s *shape) limitText() string {
	switch s.kind {
	case boolean:
		return strconv.FormatBool(s.want)
	case minNumber, maxNumber:
		return strconv.FormatInt(s.limit, 10)
	case oneOf, contains:
		return strings.Join(s.allowed, ", ")
	}
	return ""
}
