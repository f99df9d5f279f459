package funcs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// templatefile with an unknown variable keeps the text around the unknown
// interpolation, and jsondecode reads the known parts of it.
func TestTemplateFileUnknownVarsKeepsText(t *testing.T) {
	dir := t.TempDir()
	tpl := `{"Statement": [{"Sid": "${sid}", "Action": "*", "Count": ${n}}]}`
	if err := os.WriteFile(filepath.Join(dir, "p.json.tpl"), []byte(tpl), 0o600); err != nil {
		t.Fatal(err)
	}
	tb := Table(dir)
	vars := cty.ObjectVal(map[string]cty.Value{"sid": cty.UnknownVal(cty.String), "n": cty.NumberIntVal(2)})
	out, err := tb["templatefile"].Call([]cty.Value{cty.StringVal("p.json.tpl"), vars})
	if err != nil {
		t.Fatal(err)
	}
	if u, _ := out.Unmark(); u.IsKnown() {
		t.Fatalf("rendered with an unknown variable, the text must be unknown, got %#v", out)
	}
	if _, ok := PartialOf(out); !ok {
		t.Fatalf("no partial text on %#v", out)
	}
	doc, err := tb["jsondecode"].Call([]cty.Value{out})
	if err != nil {
		t.Fatal(err)
	}
	st := doc.GetAttr("Statement").Index(cty.NumberIntVal(0))
	if got := st.GetAttr("Action"); !got.RawEquals(cty.StringVal("*")) {
		t.Errorf("Action = %#v, want the known \"*\"", got)
	}
	if got := st.GetAttr("Count"); !got.RawEquals(cty.NumberIntVal(2)) {
		t.Errorf("Count = %#v, want the known 2", got)
	}
	if got := st.GetAttr("Sid"); got.IsKnown() {
		t.Errorf("Sid = %#v, want unknown", got)
	}
	if _, marks := doc.Unmark(); len(marks) != 0 {
		t.Errorf("the decoded document keeps marks %v", marks)
	}
}

// A template that is not JSON, or a plain unknown, decodes to an unknown.
func TestJSONDecodeUnknownStaysUnknown(t *testing.T) {
	tb := Table(t.TempDir())
	for _, in := range []cty.Value{
		cty.UnknownVal(cty.String),
		cty.UnknownVal(cty.String).Mark(Partial{Text: "not json " + Placeholder + "0__"}),
	} {
		v, err := tb["jsondecode"].Call([]cty.Value{in})
		if err != nil {
			t.Fatal(err)
		}
		if v.IsKnown() {
			t.Errorf("jsondecode(%#v) = %#v, want unknown", in, v)
		}
	}
	v, err := tb["jsondecode"].Call([]cty.Value{cty.StringVal(`{"a": [1, "x"]}`)})
	if err != nil || !v.GetAttr("a").Index(cty.NumberIntVal(1)).RawEquals(cty.StringVal("x")) {
		t.Errorf("known text: %#v, %v", v, err)
	}
	if _, err := tb["jsondecode"].Call([]cty.Value{cty.StringVal(`{`)}); err == nil {
		t.Error("invalid JSON must fail")
	}
}
