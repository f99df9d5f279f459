package lint

import (
	"testing"

	"github.com/zclconf/go-cty/cty"
)

func TestEachMark(t *testing.T) {
	type tag string
	v := cty.ObjectVal(map[string]cty.Value{
		"a": cty.StringVal("x").Mark(tag("a")),
		"l": cty.ListVal([]cty.Value{cty.StringVal("y"), cty.StringVal("z").Mark(tag("l1"))}),
		"m": cty.MapVal(map[string]cty.Value{"k": cty.UnknownVal(cty.String).Mark(tag("m"))}),
		"t": cty.TupleVal([]cty.Value{cty.NullVal(cty.String).Mark(tag("t0")), cty.True}),
		"s": cty.SetVal([]cty.Value{cty.NumberIntVal(1)}).Mark(tag("s")),
		"u": cty.DynamicVal,
	}).Mark(tag("top"))
	seen := map[any]bool{}
	if !EachMark(v, func(m any) bool { seen[m] = true; return true }) {
		t.Fatal("EachMark stopped without being asked to")
	}
	_, pvm := v.UnmarkDeepWithPaths()
	want := map[any]bool{}
	for _, pm := range pvm {
		for m := range pm.Marks {
			want[m] = true
		}
	}
	if len(seen) != len(want) || len(seen) != 6 {
		t.Errorf("EachMark saw %v, cty's deep unmark %v", seen, want)
	}
	for m := range want {
		if !seen[m] {
			t.Errorf("EachMark missed %v", m)
		}
	}
	n := 0
	if EachMark(v, func(any) bool { n++; return n < 2 }) || n != 2 {
		t.Errorf("EachMark should stop when fn returns false (calls %d)", n)
	}
	if !EachMark(cty.NilVal.Mark(tag("x")), func(any) bool { return true }) {
		t.Error("a marked nil value")
	}
}
