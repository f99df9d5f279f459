package limits

import (
	"context"
	"fmt"
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Budget counts the evaluation work of one root module: steps (expressions
// evaluated, for-expression iterations, function calls, dynamic block and
// module instances), the collection elements and string bytes that
// evaluation produces, and the time it takes. When any of them runs out,
// the budget is spent for good: every later Step panics with the same
// *Exceeded, so that the evaluation unwinds to whoever evaluates the root
// (which recovers it), even through code that recovers panics on its way.
//
// A Budget belongs to one goroutine.
type Budget struct {
	maxSteps, maxElements, maxBytes int64
	maxString                       int
	ctx                             context.Context

	steps, elements, bytes int64
	over                   *Exceeded
}

// Exceeded says which limit a root module passed, and where.
type Exceeded struct {
	What     string // what ran out, in words
	Range    hcl.Range
	Deadline bool // the context was done (a --timeout), not a size limit
}

func (e *Exceeded) Error() string { return e.What }

// NewBudget returns a budget with the given limits; a limit of 0 or less is
// no limit. ctx may be nil.
func NewBudget(ctx context.Context, steps, elements, bytes int64, maxString int) *Budget {
	b := &Budget{maxSteps: steps, maxElements: elements, maxBytes: bytes, maxString: maxString, ctx: ctx}
	if ctx != nil && ctx.Done() == nil {
		b.ctx = nil // never done: no need to ask
	}
	return b
}

// Exceeded returns what ran out, or nil.
func (b *Budget) Exceeded() *Exceeded { return b.over }

// Used reports the steps, elements and bytes used so far.
func (b *Budget) Used() (steps, elements, bytes int64) { return b.steps, b.elements, b.bytes }

func (b *Budget) fail(e *Exceeded) {
	if b.over == nil {
		b.over = e
	}
	panic(b.over)
}

// Check panics when the budget is spent: after a call into code that may
// have recovered the panic of a spent budget (a function evaluating its
// arguments as expressions, like try), it resumes the unwinding.
func (b *Budget) Check() {
	if b.over != nil {
		panic(b.over)
	}
}

// Step counts one step of evaluation at rng.
func (b *Budget) Step(rng hcl.Range) {
	if b.over != nil {
		panic(b.over)
	}
	b.steps++
	if b.maxSteps > 0 && b.steps > b.maxSteps {
		b.fail(&Exceeded{What: fmt.Sprintf("more than %d evaluation steps", b.maxSteps), Range: rng})
	}
	if b.ctx != nil && b.steps%256 == 0 && b.ctx.Err() != nil {
		b.fail(&Exceeded{What: "the deadline", Range: rng, Deadline: true})
	}
}

// Elements counts n produced collection elements at rng.
func (b *Budget) Elements(n int, rng hcl.Range) {
	if b.over != nil {
		panic(b.over)
	}
	b.elements += int64(n)
	if b.maxElements > 0 && b.elements > b.maxElements {
		b.fail(&Exceeded{What: fmt.Sprintf("more than %d collection elements in all", b.maxElements), Range: rng})
	}
}

// Bytes counts n bytes of string produced by a template at rng.
func (b *Budget) Bytes(n int, rng hcl.Range) {
	if b.over != nil {
		panic(b.over)
	}
	b.bytes += int64(n)
	if b.maxBytes > 0 && b.bytes > b.maxBytes {
		b.fail(&Exceeded{What: fmt.Sprintf("more than %d bytes of template output in all", b.maxBytes), Range: rng})
	}
	if b.maxString > 0 && n > b.maxString {
		b.fail(&Exceeded{What: fmt.Sprintf("a string of more than %d bytes", b.maxString), Range: rng})
	}
}

// Value charges a value just produced at rng: all its elements, nested
// ones included, since values share their parts (a = [b, b] costs one step
// and doubles the size; forty of them would make 2^40 elements that the
// next conversion or comparison would walk). Counting stops when the
// budget is spent, so it costs no more than the budget.
func (b *Budget) Value(v cty.Value, rng hcl.Range) {
	if b.over != nil {
		panic(b.over)
	}
	left := b.maxElements - b.elements
	if b.maxElements <= 0 {
		left = 1 << 62
	}
	n, long := b.count(v, left)
	if long {
		b.fail(&Exceeded{What: fmt.Sprintf("a string of more than %d bytes", b.maxString), Range: rng})
	}
	b.Elements(int(min(n, left+1)), rng)
}

// count returns the elements in v, stopping once there are more than
// limit, and whether v holds a string longer than the limit on strings.
func (b *Budget) count(v cty.Value, limit int64) (int64, bool) {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return 0, false
	}
	ty := v.Type()
	if ty == cty.String {
		return 0, b.maxString > 0 && len(v.AsString()) > b.maxString
	}
	if !ty.IsCollectionType() && !ty.IsTupleType() && !ty.IsObjectType() {
		return 0, false
	}
	n := int64(0)
	if !ty.IsObjectType() {
		n = int64(v.LengthInt())
	}
	for it := v.ElementIterator(); it.Next() && n <= limit; {
		_, e := it.Element()
		k, long := b.count(e, limit-n)
		if long {
			return n, true
		}
		n += k
	}
	return n, false
}

// contextKey names the variable that carries a root's budget in its
// evaluation contexts; it is no identifier, so no expression can read it.
const contextKey = "tenantlint budget"

var budgetType = cty.Capsule("budget", reflect.TypeFor[Budget]())

// Var returns the name and value of the variable that makes the expressions
// instrumented by Instrument count against b when they are evaluated in an
// evaluation context (or a child of one) that holds it.
func (b *Budget) Var() (string, cty.Value) { return contextKey, cty.CapsuleVal(budgetType, b) }

// FromContext returns the budget an evaluation context carries, or nil.
func FromContext(ctx *hcl.EvalContext) *Budget {
	for c := ctx; c != nil; c = c.Parent() {
		if v, ok := c.Variables[contextKey]; ok {
			if b, ok := v.EncapsulatedValue().(*Budget); ok {
				return b
			}
		}
	}
	return nil
}

// counted evaluates an expression after counting a step against the
// budget of the evaluation context. It is a ParenthesesExpr underneath, so
// that walks over the syntax tree (hclsyntax.Variables, VisitAll) still see
// the expression it wraps; HCL evaluates parentheses as what they hold.
type counted struct {
	hclsyntax.ParenthesesExpr
	part bool // a template interpolation: its bytes count too
}

// Wrapped is the expression the counter stands for (syntaxwalk.Wrapper).
func (e *counted) Wrapped() hclsyntax.Expression { return e.Expression }

func (e *counted) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	b := FromContext(ctx)
	if b == nil {
		return e.Expression.Value(ctx)
	}
	b.Step(e.SrcRange)
	v, diags := e.Expression.Value(ctx)
	if e.part {
		if u, _ := v.Unmark(); u.IsKnown() && !u.IsNull() && u.Type() == cty.String {
			b.Bytes(len(u.AsString()), e.SrcRange)
		}
	} else {
		b.Elements(1, e.SrcRange)
	}
	return v, diags
}

func wrap(e hclsyntax.Expression, part bool) hclsyntax.Expression {
	if e == nil {
		return nil
	}
	if _, done := e.(*counted); done {
		return e
	}
	return &counted{ParenthesesExpr: hclsyntax.ParenthesesExpr{Expression: e, SrcRange: e.Range()}, part: part}
}

// Instrument makes the work inside n that HCL does on its own count against
// the budget of the evaluation context: every iteration of a for
// expression (or template %{ for }), every function call (through its
// arguments) and every interpolated part of a template. Type constraints
// (list(string)) are left alone: they are read as syntax. Instrument
// changes the tree in place; call it before the tree is shared.
func Instrument(n hclsyntax.Node) {
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		InstrumentNode(n)
		return nil
	})
}

// InstrumentNode is Instrument for one node, not those below it: for a
// caller that walks the tree anyway (a walk costs an allocation per node).
func InstrumentNode(n hclsyntax.Node) {
	switch e := n.(type) {
	case *hclsyntax.ForExpr:
		e.ValExpr = wrap(e.ValExpr, false)
		e.CondExpr = wrap(e.CondExpr, false)
	case *hclsyntax.TemplateExpr:
		for i, p := range e.Parts {
			if _, lit := p.(*hclsyntax.LiteralValueExpr); !lit {
				e.Parts[i] = wrap(p, true)
			}
		}
	case *hclsyntax.FunctionCallExpr:
		if typeKeywords[e.Name] {
			return // a type constraint: read by its shape, never called
		}
		for i, a := range e.Args {
			e.Args[i] = wrap(a, false)
		}
	}
}

// typeKeywords are the names of type constructors, which look like function
// calls in variable types (list(string)); Terraform has no functions of
// these names (list and map were removed in 0.15).
var typeKeywords = map[string]bool{"list": true, "map": true, "set": true, "object": true, "tuple": true, "optional": true}

// Unwrap returns the expression a counting node wraps (through any number
// of them), for code that looks at the syntax of an instrumented tree.
func Unwrap(e hcl.Expression) hcl.Expression {
	for {
		c, ok := e.(*counted)
		if !ok {
			return e
		}
		e = c.Expression
	}
}
