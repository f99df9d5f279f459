package names

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

func TestDefaultComputeAccount(t *testing.T) {
	r := lint.NewResource("google_container_node_pool", "p", false, "google_container_node_pool.p", hcl.Range{}, hcl.Range{})
	cases := []struct {
		name string
		v    cty.Value
		want bool
	}{
		{"empty", cty.StringVal(""), true},
		{"default", cty.StringVal("default"), true},
		{"address", cty.StringVal("123456789012-compute@developer.gserviceaccount.com"), true},
		{"own", cty.StringVal("nodes@p.iam.gserviceaccount.com"), false},
		{"lookalike", cty.StringVal("compute@p.iam.gserviceaccount.com"), false},
		{"unknown", cty.UnknownVal(cty.String), false},
		{"null", cty.NullVal(cty.String), true},
	}
	for _, c := range cases {
		r.Body.SetAttr(c.name, c.v, hcl.Range{}, cty.NilVal)
		if got := DefaultComputeAccount(r.Attr(c.name)); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	if !DefaultComputeAccount(r.Attr("absent")) {
		t.Error("absent: want the default account")
	}
}
