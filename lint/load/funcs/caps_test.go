package funcs

import (
	"strings"
	"testing"
	"time"

	"github.com/zclconf/go-cty/cty"
)

// TestResultCaps calls each capped function with arguments whose result
// would be huge: each must fail at once with a clear error.
func TestResultCaps(t *testing.T) {
	tbl := Table(t.TempDir())
	big := cty.StringVal(strings.Repeat("a", 1<<20))
	list := make([]cty.Value, 1000)
	for i := range list {
		list[i] = cty.StringVal(strings.Repeat("x", 3) + string(rune('a'+i%26)))
	}
	square := map[string]cty.Value{}
	for i := range 1000 {
		square[strings.Repeat("k", 1)+cty.NumberIntVal(int64(i)).AsBigFloat().String()] = cty.ListVal(list)
	}
	bigs := make([]cty.Value, 20)
	for i := range bigs {
		bigs[i] = big
	}
	cases := []struct {
		fn   string
		args []cty.Value
		want string
	}{
		{"parseint", []cty.Value{cty.StringVal(strings.Repeat("9", 1_000_000)), cty.NumberIntVal(10)}, "digits"},
		{"transpose", []cty.Value{cty.MapVal(square)}, "to transpose"},
		{"join", []cty.Value{cty.StringVal(","), cty.ListVal(bigs)}, "longer than"},
		{"replace", []cty.Value{big, cty.StringVal("a"), cty.StringVal("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")}, "longer than"},
		{"replace", []cty.Value{big, cty.StringVal("/a/"), cty.StringVal("$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0$0")}, "longer than"},
		{"replace", []cty.Value{big, cty.StringVal(""), cty.StringVal("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")}, "longer than"},
		{"indent", []cty.Value{cty.NumberIntVal(9000), cty.StringVal(strings.Repeat("\n", 100_000))}, "longer than"},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := tbl[c.fn].Call(c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.fn, err, c.want)
		}
		if d := time.Since(start); d > 8*time.Second {
			t.Errorf("%s took %s", c.fn, d)
		}
	}
	// below the caps, the functions work as before
	for _, src := range []string{`join(",", ["a", "b"])`, `replace("aaa", "a", "bb")`, `indent(2, "a\nb")`, `parseint("ff", 16)`, `transpose({a = ["1"]})`} {
		if _, diags := eval(t, src); diags.HasErrors() {
			t.Errorf("%s: %s", src, diags)
		}
	}
}
