package load

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/tenantlint/tenantlint/lint/load/funcs"
)

// templateJSON reads a JSON document written as a template (a heredoc
// policy) whose interpolations are not all known: each unknown part becomes
// a placeholder, the text is decoded, and every string holding a
// placeholder becomes unknown. So "Action": "*" stays readable next to
// "Resource": "${aws_sqs_queue.q.arn}". It returns cty.NilVal when the text
// is not a JSON object or array.
func (in *instance) templateJSON(t *hclsyntax.TemplateExpr, sc *scope) cty.Value {
	const mark = funcs.Placeholder
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
	doc, ok := funcs.PartialJSON(b.String())
	if !ok {
		return cty.NilVal
	}
	return doc.WithMarks(marks)
}
