package rules

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common"
	"cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/operators"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/ext"
	"cel.dev/cel-go/parser"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

// Library is what the checks side adds to the environment: helpers that need
// provider code, and each provider's naming of resources (for referrers and
// companions).
type Library struct {
	Helpers []Helper
	// Naming returns the vocabulary by which resources of a type are named
	// (nil: by reference only).
	Naming func(resourceType string) lint.Naming
}

// Kind is the CEL type of a helper's argument or result.
type Kind string

// The kinds a helper may take and give.
const (
	String Kind = "string"
	Int    Kind = "int"
	Bool   Kind = "bool"
	List   Kind = "list"
	Map    Kind = "map"
	Dyn    Kind = "dyn"
)

func (k Kind) celType() *cel.Type {
	switch k {
	case String:
		return cel.StringType
	case Int:
		return cel.IntType
	case Bool:
		return cel.BoolType
	case List:
		return cel.ListType(cel.DynType)
	case Map:
		return cel.MapType(cel.StringType, cel.DynType)
	case Dyn:
	}
	return cel.DynType
}

// Helper is a function of the CEL environment. Rules call it as
// name(args...); Fn receives the resource under evaluation and the
// arguments as Go values (string, int64, float64, bool, and CEL's own for
// lists and maps). It returns Go values (string, int64, bool, []any,
// map[string]any, Unknown() anywhere in them) or an error. An argument that
// is unknown makes the call unknown without calling Fn.
type Helper struct {
	Name   string
	Doc    string
	Args   []Kind
	Result Kind
	Fn     func(c *Context, args []any) (any, error)
}

// Context is what a helper sees of the evaluation.
type Context struct {
	Resource *lint.Resource
	lib      *Library
}

// Naming is the vocabulary resources of typ are named by.
func (c *Context) Naming(typ string) lint.Naming {
	if c.lib == nil || c.lib.Naming == nil {
		return lint.NewNaming()
	}
	return c.lib.Naming(typ)
}

// Unknown is the value a helper returns (whole or as a part) when its
// answer depends on a value that is not known: a condition that reads it is
// undecided. The helper records why through the engine's Attr readers
// (Known, Unknown, StringOr...), which note the undecided decision for the
// running check.
func (c *Context) Unknown() any { return unknownValue{} }

type unknownValue struct{}

// celValue turns a helper's result into a CEL value.
func celValue(v any) ref.Val {
	switch x := v.(type) {
	case unknownValue:
		return types.NewUnknown(unknownHelperID, nil)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = celValue(e)
		}
		return types.DefaultTypeAdapter.NativeToValue(out)
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = celValue(e)
		}
		return types.DefaultTypeAdapter.NativeToValue(out)
	case ref.Val:
		return x
	}
	return types.DefaultTypeAdapter.NativeToValue(v)
}

// unknownHelperID is the expression id of unknowns that helpers return: no
// parsed expression has it.
const unknownHelperID = -1

// handleVar is the hidden variable that carries the Context; every helper
// call is rewritten by a macro to pass it first.
const handleVar = "__tl"

var handleType = types.NewOpaqueType("tenantlint.context")

type handle struct{ c *Context }

func (h handle) ConvertToNative(reflect.Type) (any, error) {
	return nil, errors.New("the tenantlint context has no native form")
}
func (h handle) ConvertToType(ref.Type) ref.Val {
	return types.NewErr("the tenantlint context converts to nothing")
}
func (h handle) Equal(o ref.Val) ref.Val {
	oh, ok := o.(handle)
	return types.Bool(ok && oh.c == h.c)
}
func (h handle) Type() ref.Type { return handleType }
func (h handle) Value() any     { return h.c }

type environment struct {
	env *cel.Env
	lib Library
}

func newEnvironment(lib Library) (*environment, error) {
	helpers := append(coreHelpers(), lib.Helpers...)
	opts := []cel.EnvOption{
		cel.Variable("resource", cel.MapType(cel.StringType, cel.DynType)),
		cel.Variable(handleVar, handleType),
		cel.CrossTypeNumericComparisons(true),
		cel.DefaultUTCTimeZone(true),
		ext.Strings(),
		cel.ClearMacros(),
	}
	for _, m := range cel.StandardMacros {
		if m.Function() != "has" {
			opts = append(opts, cel.Macros(m))
		}
	}
	opts = append(opts, cel.Macros(cel.GlobalMacro("has", 1, chainedHas)))
	seen := map[string]bool{}
	for _, h := range helpers {
		if seen[h.Name] {
			return nil, fmt.Errorf("helper %s is declared twice", h.Name)
		}
		seen[h.Name] = true
		opts = append(opts, helperOptions(h, &lib)...)
	}
	env, err := cel.NewEnv(opts...)
	if err != nil {
		return nil, err
	}
	return &environment{env: env, lib: lib}, nil
}

// helperOptions declare a helper as an internal function that takes the
// context first, and a macro that rewrites name(args) into it.
func helperOptions(h Helper, lib *Library) []cel.EnvOption {
	internal := "tenantlint." + h.Name
	args := []*cel.Type{handleType}
	for _, k := range h.Args {
		args = append(args, k.celType())
	}
	fn := h.Fn
	binding := func(vals ...ref.Val) ref.Val {
		hd, ok := vals[0].(handle)
		if !ok || hd.c == nil {
			return types.NewErr("%s: no evaluation context", h.Name)
		}
		in := make([]any, len(vals)-1)
		for i, v := range vals[1:] {
			in[i] = v.Value()
		}
		out, err := fn(hd.c, in)
		if err != nil {
			return types.NewErr("%s: %v", h.Name, err)
		}
		return celValue(out)
	}
	macro := cel.GlobalMacro(h.Name, len(h.Args), func(eh parser.ExprHelper, _ ast.Expr, margs []ast.Expr) (ast.Expr, *common.Error) {
		return eh.NewCall(internal, append([]ast.Expr{eh.NewIdent(handleVar)}, margs...)...), nil
	})
	_ = lib
	return []cel.EnvOption{
		cel.Function(internal, cel.Overload(strings.ReplaceAll(internal, ".", "_"), args, h.Result.celType(), cel.FunctionBinding(binding))),
		cel.Macros(macro),
	}
}

// chainedHas is has() that tests every step of a path: has(a.b.c) is
// has(a.b) && has(a.b.c), so that a rule can ask for a key of an argument
// the resource may not set (has(resource.tags.classification)) without an
// error when the argument is absent.
func chainedHas(eh parser.ExprHelper, _ ast.Expr, args []ast.Expr) (ast.Expr, *common.Error) {
	if args[0].Kind() != ast.SelectKind {
		return nil, eh.NewError(args[0].ID(), "invalid argument to has() macro")
	}
	return presence(eh, args[0]), nil
}

func presence(eh parser.ExprHelper, e ast.Expr) ast.Expr {
	s := e.AsSelect()
	test := eh.NewPresenceTest(eh.Copy(s.Operand()), s.FieldName())
	if s.Operand().Kind() != ast.SelectKind {
		return test
	}
	return eh.NewCall(operators.LogicalAnd, presence(eh, s.Operand()), test)
}

// compile checks expr (it must give a bool) and plans it.
func (e *environment) compile(expr string, costLimit uint64) (cel.Program, error) {
	a, iss := e.env.Compile(expr)
	if iss != nil && iss.Err() != nil {
		return nil, errors.New(iss.Err().Error())
	}
	if t := a.OutputType(); !t.IsExactType(types.BoolType) && !t.IsExactType(types.DynType) {
		return nil, fmt.Errorf("the expression gives %s, not bool", t)
	}
	return e.env.Program(a,
		cel.EvalOptions(cel.OptPartialEval),
		cel.CostLimit(costLimit),
		cel.InterruptCheckFrequency(100),
	)
}

// converted is a resource as CEL reads it, with the patterns of its unknown parts.
type converted struct {
	value    map[string]any
	patterns []*cel.AttributePatternType
	// inline makes unknown parts unknown values rather than patterns: for
	// resources a helper returns, which no attribute path reaches.
	inline bool
}

// convert builds the value of `resource`: arguments, nested blocks as lists
// of objects, and the model's fields (meta, and type, name, address, module
// where no argument takes the name). Unknown parts become unknown attribute
// patterns: a condition that reads one is undecided.
func convert(r *lint.Resource) converted { return convertWith(r, false) }

func convertWith(r *lint.Resource, inline bool) converted {
	c := converted{inline: inline}
	c.value = c.block(r.Body, cel.AttributePattern("resource"), nil)
	constraints := make([]any, len(r.ProviderVersions.Constraints))
	for i, s := range r.ProviderVersions.Constraints {
		constraints[i] = s
	}
	meta := map[string]any{"type": r.Type, "name": r.Name, "address": r.Address, "module": r.ModuleAddress, "data": r.Data,
		"provider_constraints": constraints, "provider_locked": r.ProviderVersions.Locked}
	c.value["meta"] = meta
	for _, k := range []string{"type", "name", "address", "module"} {
		if _, taken := c.value[k]; !taken {
			c.value[k] = meta[k]
		}
	}
	return c
}

// qualifier is one step of an attribute path: a string or an int64.
type qualifier any

func pattern(quals []qualifier) *cel.AttributePatternType {
	p := cel.AttributePattern("resource")
	for _, q := range quals {
		switch q := q.(type) {
		case string:
			p = p.QualString(q)
		case int64:
			p = p.QualInt(q)
		}
	}
	return p
}

func (c *converted) block(b *lint.Block, _ *cel.AttributePatternType, path []qualifier) map[string]any {
	out := map[string]any{}
	for _, n := range b.AttrNames() {
		a := b.Attr(n)
		out[n] = c.value1(a, appendQual(path, n))
	}
	counts := map[string]int64{}
	for _, nb := range b.AllBlocks() {
		i := counts[nb.Type]
		counts[nb.Type]++
		list, _ := out[nb.Type].([]any)
		out[nb.Type] = append(list, c.block(nb, nil, appendQual(appendQual(path, nb.Type), i)))
	}
	return out
}

func appendQual(path []qualifier, q qualifier) []qualifier {
	out := make([]qualifier, len(path), len(path)+1)
	copy(out, path)
	return append(out, q)
}

// value1 converts an argument (or a part of one) through the engine's
// readers; unknowns are recorded as patterns and read as null (the pattern
// decides first), or, inline, as unknown values. Only known values are read,
// so no reader notes an undecided decision here.
func (c *converted) value1(a lint.Attr, path []qualifier) any {
	v := a.Value
	if v == cty.NilVal {
		return nil
	}
	if !v.IsKnown() {
		if c.inline {
			return types.NewUnknown(unknownHelperID, nil)
		}
		c.patterns = append(c.patterns, pattern(path))
		return nil
	}
	if v.IsNull() {
		return nil
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		s, _ := a.StringOr("")
		return s
	case ty == cty.Bool:
		b, _ := a.BoolOr(false)
		return b
	case ty == cty.Number:
		if i, ok := a.IntOr(0); ok {
			return i
		}
		f, _ := a.FloatOr(0)
		return f
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		es := a.Elements()
		out := make([]any, 0, len(es))
		for i, e := range es {
			out = append(out, c.value1(e, appendQual(path, int64(i))))
		}
		return out
	case ty.IsMapType() || ty.IsObjectType():
		out := map[string]any{}
		for _, k := range a.Keys() {
			out[k] = c.value1(a.Get(k), appendQual(path, k))
		}
		return out
	}
	return nil
}

// record notes, for the running check, the unknown values an undecided
// result read: each attribute trail of the unknown leads to an argument
// (through nested blocks), whose Known reader records the decision.
func record(r *lint.Resource, u *types.Unknown) {
	for _, id := range u.IDs() {
		trails, _ := u.GetAttributeTrails(id)
		for _, t := range trails {
			if t.Variable() != "resource" {
				continue
			}
			recordPath(r.Body, t.QualifierPath())
		}
	}
}

func recordPath(b *lint.Block, quals []any) {
	for i := 0; i < len(quals); i++ {
		name, ok := quals[i].(string)
		if !ok {
			return
		}
		if blocks := b.Blocks(name); len(blocks) > 0 {
			if i+1 < len(quals) {
				if idx, ok := asIndex(quals[i+1]); ok && idx < len(blocks) {
					b = blocks[idx]
					i++
					continue
				}
			}
			// The whole list of blocks: every unknown argument in it counts.
			for _, nb := range blocks {
				recordAll(nb)
			}
			return
		}
		b.Attr(name).Known()
		return
	}
	// The whole block (or the whole resource) was read.
	recordAll(b)
}

func recordAll(b *lint.Block) {
	for _, n := range b.AttrNames() {
		b.Attr(n).Known()
	}
	for _, nb := range b.AllBlocks() {
		recordAll(nb)
	}
}

func asIndex(q any) (int, bool) {
	switch q := q.(type) {
	case int64:
		return int(q), q >= 0
	case uint64:
		return int(q), q < 1<<31
	case int:
		return q, q >= 0
	}
	return 0, false
}
