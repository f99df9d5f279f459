package load

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

// Computed attributes carry no reason mark of their own: the mark of the
// resource instance they belong to says where they come from. A function
// that drops marks (try, can) or a value built around such an unknown (a
// list holding try(aws_sqs_queue.q[0].arn, null)) leaves an unknown whose
// reason is only that resource mark; these helpers turn it into a reason.

// reasonMarksRead is reasonMarksDeep of the value a reference read; without
// any reason mark, the reasons its unknown parts read from resources give.
// typ is the resource type the reference starts from and attr the
// attribute it names, if any, to name the computed attribute.
func reasonMarksRead(v cty.Value, typ, attr string) cty.ValueMarks {
	out := reasonMarksDeep(v)
	if len(out) == 0 && v.ContainsMarked() {
		un, pvm := v.UnmarkDeepWithPaths()
		resourceCauses(un, pvm, typ, attr, out)
	}
	return out
}

// whyUnknown is reasonMarksRead of a value read from no one reference (a
// for_each, a dynamic block's collection).
func whyUnknown(v cty.Value) cty.ValueMarks { return reasonMarksRead(v, "", "") }

// resourceCauses adds to out the reason of every resource mark in pvm that
// sits on an unknown part of un (the value v.UnmarkDeepWithPaths gave).
// attr names the attribute read when the marks are on the value read
// itself and belong to a resource of type typ ("" when unknown).
func resourceCauses(un cty.Value, pvm []cty.PathValueMarks, typ, attr string, out cty.ValueMarks) {
	for _, pm := range pvm {
		for m := range pm.Marks {
			res, ok := m.(*lint.Resource)
			if !ok {
				continue
			}
			part, err := pm.Path.Apply(un)
			if err != nil || part.IsWhollyKnown() {
				continue
			}
			name := ""
			if len(pm.Path) == 0 && res.Type == typ {
				name = attr
			}
			out[resourceReason(res, name)] = struct{}{}
		}
	}
}

// resourceReason says why an attribute of res is unknown: a data source's
// is read at plan or apply, a resource's is computed by its provider.
func resourceReason(res *lint.Resource, attr string) lint.Reason {
	if res.Data {
		return lint.Because(lint.FromData, res.Address)
	}
	if attr == "" {
		attr = "attribute"
	}
	return lint.Because(lint.Computed, attr+" of "+res.Address)
}
