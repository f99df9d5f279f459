package load

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// HCL gives a for expression whose if clause is unknown for one element an
// unknown result as a whole: { for k, v in m : k => v if v != null } over a
// map with one unknown value hides every other element from the checks.
// Terraform's plan knows the elements whose condition is known; so does the
// linter. keepKnownParts wraps the condition and the value of a for
// expression: an unknown condition counts as true and marks its iteration,
// and the value of a marked iteration is unknown. So the known elements keep
// their values, and an element that may or may not be there is kept with an
// unknown value, which no check reports.

// condUnknownVar is the name under which an iteration's scope records that
// its condition was unknown; no Terraform identifier can be written so.
const condUnknownVar = "tenantlint:cond-unknown"

// knownCond is a for expression's condition. It is a ParenthesesExpr
// underneath, so walks over the syntax tree still see what it wraps.
type knownCond struct{ hclsyntax.ParenthesesExpr }

func (e *knownCond) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	v, diags := e.Expression.Value(ctx)
	if diags.HasErrors() || v.IsKnown() {
		return v, diags
	}
	if ctx != nil && ctx.Variables != nil {
		// The scope HCL made for this iteration, its own map.
		ctx.Variables[condUnknownVar] = cty.True
	}
	_, marks := v.Unmark()
	return cty.True.WithMarks(marks), diags
}

// condValue is a for expression's value: unknown, of the value's type, in an
// iteration whose condition was unknown.
type condValue struct{ hclsyntax.ParenthesesExpr }

func (e *condValue) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	v, diags := e.Expression.Value(ctx)
	if ctx == nil || ctx.Variables == nil {
		return v, diags
	}
	if _, unknownCond := ctx.Variables[condUnknownVar]; !unknownCond || diags.HasErrors() {
		return v, diags
	}
	u, marks := v.UnmarkDeep()
	return cty.UnknownVal(u.Type()).WithMarks(marks), diags
}

// keepKnownParts instruments one for expression that has a condition.
func keepKnownParts(e *hclsyntax.ForExpr) {
	if e.CondExpr == nil {
		return
	}
	if _, done := e.CondExpr.(*knownCond); done {
		return
	}
	e.CondExpr = &knownCond{hclsyntax.ParenthesesExpr{Expression: e.CondExpr, SrcRange: e.CondExpr.Range()}}
	e.ValExpr = &condValue{hclsyntax.ParenthesesExpr{Expression: e.ValExpr, SrcRange: e.ValExpr.Range()}}
}
