package lint

import (
	"maps"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// A module with one SSM parameter whose name comes from a sensitive
// variable, and a plain type.
func sensitiveModule() *Module {
	m := NewModule("root")
	rng := hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: 1, Column: 1}, End: hcl.Pos{Line: 1, Column: 5}}
	r := NewResource("aws_ssm_parameter", "p", false, "aws_ssm_parameter.p", rng, rng)
	r.Body.SetAttr("name", cty.StringVal("/app/hunter2-token").Mark(SensitiveMark), rng, cty.NilVal)
	r.Body.SetAttr("type", cty.StringVal("String"), rng, cty.NilVal)
	env := r.Body.NewBlock("environment", nil, rng, rng)
	env.SetAttr("variables", cty.MapVal(map[string]cty.Value{"PW": cty.StringVal("s3cr3t-value").Mark(SensitiveMark)}), rng, cty.NilVal)
	m.Add(r)
	return m
}

func runOneCheck(t *testing.T, m *Module, c *Check) []*Finding {
	t.Helper()
	c.ID, c.Resources = "aws-test-check", []string{"aws_ssm_parameter"}
	fs, diags := Run([]*Module{m}, []*Check{c})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %+v", diags)
	}
	return fs
}

// Reportf keeps sensitive values out of messages: a string argument that is,
// holds, or is a long part of a sensitive value of the resource reads
// "(sensitive)"; other arguments are left alone.
func TestReportfHidesSensitiveValues(t *testing.T) {
	fs := runOneCheck(t, sensitiveModule(), &Check{Run: func(p *Pass) {
		for _, r := range p.Resources() {
			name, _ := r.Attr("name").StringOr("")
			typ, _ := r.Attr("type").StringOr("")
			pw, _ := r.Block("environment").Attr("variables").Get("PW").StringOr("")
			p.Reportf(r.Attr("type"), "%s %q %s %s %s %d", r.Address, name, "hunter2-token", "x="+pw, typ, 7)
		}
	}})
	if len(fs) != 1 {
		t.Fatalf("%d findings", len(fs))
	}
	want := `aws_ssm_parameter.p "(sensitive)" (sensitive) (sensitive) String 7`
	if fs[0].Message != want {
		t.Errorf("message %q, want %q", fs[0].Message, want)
	}
	if fs[0].Secret {
		t.Error("a finding at a plain argument of a plain check is marked secret")
	}
}

// A finding of a Secret check, or at a sensitive argument, is marked Secret.
func TestReportfMarksSecrets(t *testing.T) {
	report := func(p *Pass) {
		for _, r := range p.Resources() {
			p.Reportf(r.Attr("type"), "at type")
			p.Reportf(r.Attr("name"), "at name")
			p.Reportf(r, "at the resource")
		}
	}
	fs := runOneCheck(t, sensitiveModule(), &Check{Run: report})
	got := map[string]bool{}
	for _, f := range fs {
		got[f.Message] = f.Secret
	}
	if want := map[string]bool{"at type": false, "at name": true, "at the resource": false}; !maps.Equal(got, want) {
		t.Errorf("secret marks %v, want %v", got, want)
	}
	for _, f := range runOneCheck(t, sensitiveModule(), &Check{Secret: true, Run: report}) {
		if !f.Secret {
			t.Errorf("%q of a Secret check is not marked secret", f.Message)
		}
	}
}

// Each string argument is cut at MaxValueLen characters (runes, not bytes);
// the check's own words are not.
func TestReportfCapsValues(t *testing.T) {
	long := strings.Repeat("é", MaxValueLen+50)
	exact := strings.Repeat("b", MaxValueLen)
	fs := runOneCheck(t, sensitiveModule(), &Check{Run: func(p *Pass) {
		for _, r := range p.Resources() {
			p.Reportf(r, "value %s exact %s end", long, exact)
		}
	}})
	want := "value " + strings.Repeat("é", MaxValueLen) + "… exact " + exact + " end"
	if len(fs) != 1 || fs[0].Message != want {
		t.Errorf("message %q", fs[0].Message)
	}
}
