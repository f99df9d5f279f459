package load

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/internal/syntaxwalk"
)

// Why values are unknown: every unknown the evaluator makes carries a
// lint.Reason mark (see lint/undecided.go); this file finds one for the
// unknowns that functions and operators make without a mark.

// applyTimeFuncs are the functions whose result is known only at apply.
var applyTimeFuncs = []string{"bcrypt", "timestamp", "uuid", "plantimestamp"}

// refusedPaths are the paths file functions refused since mark.
func (r *rootEval) refusedPaths(mark int) []string {
	if len(r.refused) <= mark {
		return nil
	}
	var out []string
	for _, rf := range r.refused[mark:] {
		out = append(out, rf.fn+"("+rf.path+")")
	}
	return out
}

// unknownReasons explains an unknown result that carries no reason: the
// reasons of the values the expression read, else the files refused while
// it was evaluated, else the apply-time functions it calls, else a
// placeholder of a template it renders.
func unknownReasons(expr hcl.Expression, ctx *hcl.EvalContext, refused []string) cty.ValueMarks {
	marks := cty.ValueMarks{}
	for _, p := range refused {
		marks[lint.Because(lint.FileOutside, p)] = struct{}{}
	}
	// What each reference the expression makes reads, not the whole
	// objects it starts from: aws_s3_bucket.b.id names id only.
	for _, tr := range expr.Variables() {
		v, d := tr.TraverseAbs(ctx)
		if d.HasErrors() {
			if root, ok := ctx.Variables[tr.RootName()]; ok {
				v = root
			} else {
				continue
			}
		}
		attr := ""
		if !d.HasErrors() {
			attr = attrFrom(tr, 2)
		}
		for m := range reasonMarksRead(v, tr.RootName(), attr) {
			marks[m] = struct{}{}
		}
	}
	if len(marks) > 0 {
		return marks
	}
	// A function or operator that dropped the marks of what it read
	// (merge over a for expression): the reasons of every value in reach.
	for _, root := range ctx.Variables {
		for m := range reasonMarksDeep(root) {
			marks[m] = struct{}{}
		}
	}
	if len(marks) > 0 {
		return marks
	}
	if node, ok := expr.(hclsyntax.Node); ok {
		syntaxwalk.Nodes(node, func(n hclsyntax.Node) {
			if call, ok := n.(*hclsyntax.FunctionCallExpr); ok {
				if slices.Contains(applyTimeFuncs, call.Name) {
					marks[lint.Because(lint.ApplyTime, call.Name+"()")] = struct{}{}
				} else if strings.HasPrefix(call.Name, "provider::") {
					marks[lint.Because(lint.ApplyTime, call.Name+"()")] = struct{}{}
				}
			}
		})
	}
	return marks
}

// firstError is the summary of the first error of diagnostics.
func firstError(hd hcl.Diagnostics) string {
	for _, d := range hd {
		if d.Severity == hcl.DiagError {
			return d.Summary
		}
	}
	return "error"
}

// expansionReasons are the reasons among marks, else "unknown count or
// for_each of what".
func expansionReasons(marks cty.ValueMarks, what string) cty.ValueMarks {
	out := lint.ReasonMarks(marks)
	if len(out) == 0 {
		for m := range marks {
			if res, ok := m.(*lint.Resource); ok {
				out[resourceReason(res, "")] = struct{}{}
			}
		}
	}
	if len(out) == 0 {
		out[lint.Because(lint.Expansion, what)] = struct{}{}
	}
	return out
}

// reasonMarksDeep collects the reason marks anywhere in v.
func reasonMarksDeep(v cty.Value) cty.ValueMarks {
	out := cty.ValueMarks{}
	lint.EachMark(v, func(m any) bool {
		if _, ok := m.(lint.Reason); ok {
			out[m] = struct{}{}
		}
		return true
	})
	return out
}

// unknownPair is the one key/value pair of unknowns a dynamic block over an
// unknown collection iterates, marked with the collection's reasons.
func unknownPair(v cty.Value) [][2]cty.Value {
	why := expansionReasons(whyUnknown(v), "dynamic block")
	return [][2]cty.Value{{cty.DynamicVal.WithMarks(why), cty.DynamicVal.WithMarks(why)}}
}
