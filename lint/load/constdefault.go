package load

import (
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/tenantlint/tenantlint/lint/load/internal/syntaxwalk"
)

// constDefault is a variable's default when it is a constant: written with
// literals only (no references, no function calls), it evaluates and
// converts to the same value in every instance of the module, so it is
// worked out once per parsed module and shared. Large constant defaults are
// common (a security-group module's table of named rules, converted from
// numbers to strings in every one of its dozens of callers).
type constDefault struct {
	once sync.Once
	val  cty.Value // cty.NilVal: not a constant, or it does not convert
}

// constantDefault returns the converted default of decl when it is a
// constant, and false when the caller must evaluate it in its instance (it
// reads something, calls a function, or fails to evaluate or convert: the
// instance reports those).
func (decl *variableDecl) constantDefault() (cty.Value, bool) {
	if decl.def == nil {
		return cty.NilVal, false
	}
	decl.constant.once.Do(func() {
		if !isConstant(decl.def.Expr) { // no traversal is a constant's part: it reads nothing
			return
		}
		raw, diags := decl.def.Expr.Value(nil)
		if diags.HasErrors() || raw.ContainsMarked() {
			return
		}
		if decl.defaults != nil {
			raw = decl.defaults.Apply(raw)
		}
		v, err := convert.Convert(raw, decl.ty)
		if err != nil {
			return
		}
		decl.constant.val = v
	})
	return decl.constant.val, decl.constant.val != cty.NilVal
}

// isConstant reports whether expr is made of literals, collections and
// templates without interpolations: nothing that could read, call or fail
// differently from one instance to the next. (A node the budget wraps is
// none of these: only calls, for expressions and interpolations are.)
func isConstant(expr hcl.Expression) bool {
	e, ok := expr.(hclsyntax.Expression)
	if !ok {
		return false
	}
	constant := true
	syntaxwalk.Nodes(e, func(n hclsyntax.Node) {
		switch n.(type) {
		case *hclsyntax.LiteralValueExpr, *hclsyntax.TupleConsExpr, *hclsyntax.ObjectConsExpr,
			*hclsyntax.ObjectConsKeyExpr, *hclsyntax.TemplateExpr, *hclsyntax.TemplateWrapExpr,
			*hclsyntax.ParenthesesExpr, *hclsyntax.UnaryOpExpr:
		default:
			constant = false
		}
	})
	return constant
}
