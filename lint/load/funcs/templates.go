package funcs

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
)

// templateVars is the vars parameter of templatefile and templatestring.
// It sees marked values so that only the variables a template uses mark
// its result.
var templateVars = function.Parameter{Name: "vars", Type: cty.DynamicPseudoType, AllowMarked: true}

// templateFileFunc renders a template file with the given variables and the
// functions in funcs.
func templateFileFunc(f files, funcs map[string]function.Function, b *limits.Budget) function.Function {
	return function.New(&function.Spec{
		Description: "Renders the template file at path with the given variables.",
		Params:      []function.Parameter{str("path"), templateVars},
		Type:        function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			name := args[0].AsString()
			src, err := f.text(name)
			if errors.Is(err, confine.ErrOutside) {
				f.refuse("templatefile", name)
				return cty.DynamicVal, nil
			}
			if err != nil {
				f.missing("templatefile", name, err)
				return cty.NilVal, function.NewArgError(0, err)
			}
			return render(src, name, args[1], funcs, b)
		},
	})
}

// templateStringFunc renders a template given as a string.
func templateStringFunc(funcs map[string]function.Function, b *limits.Budget) function.Function {
	return function.New(&function.Spec{
		Description: "Renders the template string with the given variables.",
		Params:      []function.Parameter{str("template"), templateVars},
		Type:        function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return render(args[0].AsString(), "<templatestring>", args[1], funcs, b)
		},
	})
}

func render(src, name string, vars cty.Value, funcs map[string]function.Function, b *limits.Budget) (cty.Value, error) {
	vars, marks := vars.Unmark()
	ty := vars.Type()
	if !ty.IsMapType() && !ty.IsObjectType() {
		return cty.NilVal, function.NewArgErrorf(1, "vars must be a map or an object, not %s", ty.FriendlyName())
	}
	variables := map[string]cty.Value{}
	for it := vars.ElementIterator(); it.Next(); {
		k, v := it.Element()
		key := k.AsString()
		if !hclsyntax.ValidIdentifier(key) {
			return cty.NilVal, function.NewArgErrorf(1, "invalid template variable name %q: must start with a letter and contain only letters, digits, underscores and dashes", key)
		}
		variables[key] = v
	}
	if off, why := limits.CheckNative([]byte(src), limits.MaxNesting, true); off >= 0 {
		return cty.NilVal, fmt.Errorf("%s:%d: %s; the template was not rendered", name, limits.Pos([]byte(src), off).Line, why.Describe(limits.MaxNesting))
	}
	expr, diags := hclsyntax.ParseTemplate([]byte(src), name, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, diagError(diags)
	}
	if b != nil {
		limits.Instrument(expr)
		key, v := b.Var()
		variables[key] = v
		b.Step(expr.Range())
	}
	ctx := &hcl.EvalContext{Variables: variables, Functions: funcs}
	out, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return cty.NilVal, diagError(diags)
	}
	if t, ok := expr.(*hclsyntax.TemplateExpr); ok && !out.IsWhollyKnown() {
		// Only the interpolations are unknown: keep the text (see Partial).
		if text, ok := partialText(t, ctx); ok {
			return out.WithMarks(marks).Mark(Partial{Text: text}), nil
		}
	}
	return out.WithMarks(marks), nil
}

func diagError(diags hcl.Diagnostics) error {
	var msgs []string
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		if d.Subject != nil {
			msg = fmt.Sprintf("%s: %s", d.Subject, msg)
		}
		msgs = append(msgs, msg)
	}
	return errors.New(strings.Join(msgs, "; "))
}
