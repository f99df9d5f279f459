package funcs

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// Partial marks the unknown result of templatefile or templatestring whose
// variables are not all known: Text is the rendered template with each
// unknown interpolation replaced by a placeholder (Placeholder, a number,
// "__"). It lets jsondecode, and a loader reading a JSON argument, read the
// known parts of a JSON document kept in a template file, as a heredoc
// policy is read.
type Partial struct{ Text string }

// Placeholder starts the text that stands for an unknown interpolation.
const Placeholder = "__tenantlint_unknown_"

// PartialOf returns the partial text a value carries: an unknown string
// with exactly one Partial mark.
func PartialOf(v cty.Value) (string, bool) {
	u, marks := v.Unmark()
	if u.IsKnown() || (u.Type() != cty.String && u.Type() != cty.DynamicPseudoType) {
		return "", false
	}
	text, n := "", 0
	for m := range marks {
		if p, ok := m.(Partial); ok {
			text = p.Text
			n++
		}
	}
	return text, n == 1
}

// partialText renders the top-level parts of a template: known parts as
// text, unknown ones as placeholders. Directives (%{ if }, %{ for }) are
// parts too: an unknown one becomes one placeholder.
func partialText(t *hclsyntax.TemplateExpr, ctx *hcl.EvalContext) (string, bool) {
	var b strings.Builder
	for i, part := range t.Parts {
		v, diags := part.Value(ctx)
		if diags.HasErrors() {
			return "", false
		}
		v, _ = v.UnmarkDeep()
		if v.IsKnown() && !v.IsNull() && v.Type().IsPrimitiveType() {
			if s, err := convert.Convert(v, cty.String); err == nil {
				b.WriteString(s.AsString())
				continue
			}
		}
		fmt.Fprintf(&b, "%s%d__", Placeholder, i)
	}
	return b.String(), true
}

// PartialJSON decodes a JSON object or array written with placeholders:
// every string that holds one is unknown. ok is false when the text is not
// a JSON object or array.
func PartialJSON(text string) (cty.Value, bool) {
	text = strings.TrimSpace(text)
	if text == "" || (text[0] != '{' && text[0] != '[') {
		return cty.NilVal, false
	}
	ty, err := ctyjson.ImpliedType([]byte(text))
	if err != nil {
		return cty.NilVal, false
	}
	doc, err := ctyjson.Unmarshal([]byte(text), ty)
	if err != nil {
		return cty.NilVal, false
	}
	doc, err = cty.Transform(doc, func(_ cty.Path, v cty.Value) (cty.Value, error) {
		if v.Type() == cty.String && v.IsKnown() && !v.IsNull() && strings.Contains(v.AsString(), Placeholder) {
			return cty.UnknownVal(cty.String), nil
		}
		return v, nil
	})
	if err != nil {
		return cty.NilVal, false
	}
	return doc, true
}

// jsonDecodeFunc is jsondecode, which also reads the known parts of a
// partly rendered template (see Partial).
var jsonDecodeFunc = function.New(&function.Spec{
	Description: stdlib.JSONDecodeFunc.Description(),
	Params: []function.Parameter{{
		Name:         "str",
		Type:         cty.String,
		AllowUnknown: true,
		AllowMarked:  true,
	}},
	Type: func(args []cty.Value) (cty.Type, error) {
		if text, ok := PartialOf(args[0]); ok {
			if doc, ok := PartialJSON(text); ok {
				return doc.Type(), nil
			}
		}
		u, _ := args[0].Unmark()
		if !u.IsKnown() {
			return cty.DynamicPseudoType, nil
		}
		return stdlib.JSONDecodeFunc.ReturnTypeForValues([]cty.Value{u})
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		u, marks := args[0].Unmark()
		if text, ok := PartialOf(args[0]); ok {
			if doc, ok := PartialJSON(text); ok {
				kept := make(cty.ValueMarks, len(marks))
				for m := range marks {
					if _, partial := m.(Partial); !partial {
						kept[m] = struct{}{}
					}
				}
				return doc.WithMarks(kept), nil
			}
		}
		if !u.IsKnown() {
			return cty.UnknownVal(retType).WithMarks(marks), nil
		}
		v, err := stdlib.JSONDecodeFunc.Call([]cty.Value{u})
		if err != nil {
			return cty.NilVal, err
		}
		return v.WithMarks(marks), nil
	},
})
