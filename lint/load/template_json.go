package load

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// templateJSON reads a JSON document written as a template (a heredoc
// policy) whose interpolations are not all known: each unknown part becomes
// a placeholder, the text is decoded, and every string holding a
// placeholder becomes unknown. So "Action": "*" stays readable next to
// "Resource": "${aws_sqs_queue.q.arn}". It returns cty.NilVal when the text
// is not a JSON object or array.
func (in *instance) templateJSON(t *hclsyntax.TemplateExpr, sc *scope) cty.Value {
	const mark = "__tenantlint_unknown_"
	var (
		b     strings.Builder
		marks = make(cty.ValueMarks)
	)
	for i, part := range t.Parts {
		if lit, ok := part.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String {
			b.WriteString(lit.Val.AsString())
			continue
		}
		v, m := in.eval(part, sc).Unmark()
		for k := range m {
			marks[k] = struct{}{}
		}
		if v.IsKnown() && !v.IsNull() && v.Type().IsPrimitiveType() {
			if s, err := convert.Convert(v, cty.String); err == nil {
				b.WriteString(s.AsString())
				continue
			}
		}
		fmt.Fprintf(&b, "%s%d__", mark, i)
	}
	text := strings.TrimSpace(b.String())
	if text == "" || (text[0] != '{' && text[0] != '[') {
		return cty.NilVal
	}
	ty, err := ctyjson.ImpliedType([]byte(text))
	if err != nil {
		return cty.NilVal
	}
	doc, err := ctyjson.Unmarshal([]byte(text), ty)
	if err != nil {
		return cty.NilVal
	}
	doc, err = cty.Transform(doc, func(_ cty.Path, v cty.Value) (cty.Value, error) {
		if v.Type() == cty.String && v.IsKnown() && !v.IsNull() && strings.Contains(v.AsString(), mark) {
			return cty.UnknownVal(cty.String), nil
		}
		return v, nil
	})
	if err != nil {
		return cty.NilVal
	}
	return doc.WithMarks(marks)
}
