package lint

import (
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// An argument set to null reads as an absent one: not Set, null, left out
// of AttrNames; its range is still the null's.
func TestNullArgumentIsAbsent(t *testing.T) {
	def := hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: 1, Column: 1}, End: hcl.Pos{Line: 1, Column: 10}}
	at := hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: 2, Column: 14, Byte: 30}, End: hcl.Pos{Line: 2, Column: 18, Byte: 34}}
	r := NewResource("aws_db_instance", "db", false, "aws_db_instance.db", def, def)
	r.Body.SetAttr("storage_encrypted", cty.NullVal(cty.Bool), at, cty.NilVal)
	r.Body.SetAttr("identifier", cty.StringVal("db"), at, cty.NilVal)
	r.Body.SetAttr("kms_key_id", cty.UnknownVal(cty.String), at, cty.NilVal)

	a := r.Attr("storage_encrypted")
	if a.Set || !a.Null() || a.Unknown() {
		t.Fatalf("null argument: Set=%v Null=%v Unknown=%v, want absent", a.Set, a.Null(), a.Unknown())
	}
	if a.Range != at {
		t.Errorf("null argument range = %v, want %v", a.Range, at)
	}
	if v, ok := a.BoolOr(true); !ok || !v {
		t.Errorf("BoolOr(true) on a null argument = %v, %v; want the default", v, ok)
	}
	if got := r.AttrNames(); !slices.Equal(got, []string{"identifier", "kms_key_id"}) {
		t.Errorf("AttrNames = %v, want the null argument left out", got)
	}
	if k := r.Attr("kms_key_id"); !k.Set || !k.Unknown() {
		t.Errorf("an unknown argument must stay set and unknown: Set=%v Unknown=%v", k.Set, k.Unknown())
	}
	if absent := r.Attr("engine"); absent.Set || absent.Range != def {
		t.Errorf("absent argument: Set=%v range %v", absent.Set, absent.Range)
	}
}
