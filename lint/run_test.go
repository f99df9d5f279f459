package lint

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

func testModule() *Module {
	m := NewModule("root")
	for i, name := range []string{"b", "a"} {
		rng := hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: i + 1, Byte: i * 10}, End: hcl.Pos{Line: i + 1, Byte: i*10 + 5}}
		r := NewResource("aws_ebs_volume", name, false, "aws_ebs_volume."+name, rng, rng)
		r.Body.SetAttr("encrypted", cty.False, rng, cty.NilVal)
		m.Add(r)
	}
	return m
}

func TestRunRecoversPanics(t *testing.T) {
	boom := &Check{ID: "aws-test-boom", Resources: []string{"aws_ebs_volume"}, Run: func(p *Pass) {
		for _, r := range p.Resources() {
			p.Reportf(r, "before the panic")
			panic("boom")
		}
	}}
	fine := &Check{ID: "aws-test-fine", Resources: []string{"aws_ebs_volume"}, Run: func(p *Pass) {
		for _, r := range p.Resources() {
			if on, ok := r.Attr("encrypted").BoolOr(false); ok && !on {
				p.Reportf(r.Attr("encrypted"), "%s is not encrypted", r.Address)
			}
		}
	}}
	findings, diags := Run([]*Module{testModule()}, []*Check{boom, fine})
	if len(diags) != 1 || diags[0].Severity != DiagError || !strings.Contains(diags[0].Summary, "aws-test-boom") {
		t.Fatalf("want one internal-error diagnostic naming the check, got %+v", diags)
	}
	var fineCount int
	for _, f := range findings {
		if f.Check == fine {
			fineCount++
		}
	}
	if fineCount != 2 {
		t.Errorf("the other check must go on: %d findings", fineCount)
	}
	for i := 1; i < len(findings); i++ {
		if compareFindings(findings[i-1], findings[i]) > 0 {
			t.Errorf("findings are not sorted")
		}
	}
}

func TestAttrAccessors(t *testing.T) {
	rng := hcl.Range{Filename: "x.tf"}
	r := NewResource("t", "n", false, "t.n", rng, rng)
	r.Body.SetAttr("s", cty.StringVal("true"), rng, cty.NilVal)
	r.Body.SetAttr("n", cty.StringVal("42"), rng, cty.NilVal)
	r.Body.SetAttr("u", cty.UnknownVal(cty.Bool), rng, cty.NilVal)
	r.Body.SetAttr("secret", cty.StringVal("hunter2").Mark(SensitiveMark), rng, cty.NilVal)
	r.Body.SetAttr("list", cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.UnknownVal(cty.String), cty.StringVal("b")}), rng, cty.NilVal)
	r.Body.SetAttr("doc", cty.StringVal(`{"Statement":[{"Action":"*"}]}`), rng, cty.NilVal)
	if v, ok := r.Attr("s").BoolOr(false); !ok || !v {
		t.Errorf(`"true" must read as true`)
	}
	if v, ok := r.Attr("n").IntOr(0); !ok || v != 42 {
		t.Errorf(`"42" must read as 42`)
	}
	if _, ok := r.Attr("u").BoolOr(true); ok {
		t.Errorf("unknown must not be ok")
	}
	if v, ok := r.Attr("absent").BoolOr(true); !ok || !v {
		t.Errorf("absent must give the default")
	}
	if d := r.Attr("secret").Display(); d != "(sensitive)" {
		t.Errorf("sensitive value shown: %q", d)
	}
	if got := strings.Join(r.Attr("list").Strings(), ","); got != "a,b" {
		t.Errorf("Strings = %q", got)
	}
	if r.Attr("list").AllStringsKnown() {
		t.Errorf("a list with an unknown element is not all known")
	}
	doc, ok := r.Attr("doc").JSON()
	if !ok {
		t.Fatal("JSON not decoded")
	}
	st := doc.Get("Statement").Elements()
	if len(st) != 1 || !st[0].Get("Action").Equals("*") {
		t.Errorf("policy document not navigable: %#v", doc.Value)
	}
	if b := r.Block("missing"); b.Exists() || b.Attr("x").Range != r.DefRange {
		t.Errorf("a missing block is a stand-in at the parent's header")
	}
}
