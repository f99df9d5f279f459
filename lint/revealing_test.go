package lint

import (
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

func TestReportHoldsBackEnvironmentValues(t *testing.T) {
	at := func(line, from, to int) hcl.Range {
		return hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: line, Byte: from}, End: hcl.Pos{Line: line, Byte: to}}
	}
	r := NewResource("aws_ecs_task_definition", "app", false, "aws_ecs_task_definition.app", at(1, 0, 10), at(1, 0, 200))
	defs := cty.TupleVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{
		"name":       cty.StringVal("app"),
		"privileged": cty.True,
		"environment": cty.TupleVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{
			"name": cty.StringVal("MODE"), "value": cty.StringVal("blue-green-42"),
		})}),
	})})
	r.Body.SetAttr("container_definitions", cty.StringVal(`[{"name":"app","privileged":true,"environment":[{"name":"MODE","value":"blue-green-42"}]}]`), at(2, 20, 120), defs)
	r.Body.SetAttr("family", cty.StringVal("app"), at(3, 130, 140), cty.NilVal)
	m := NewModule(".")
	m.Add(r)
	c := &Check{ID: "aws-x-y", Resources: []string{"aws_ecs_task_definition"}, Run: func(p *Pass) {
		for _, r := range p.Resources() {
			p.Reportf(r.Attr("container_definitions"), "%s runs %s privileged (mode %s)", r.Address, "app", "blue-green-42")
			p.Reportf(r.Attr("family"), "%s family", r.Address)
		}
	}}
	saved := SecretText
	SecretText = nil // environment values are held back without a recogniser
	defer func() { SecretText = saved }()
	fs, _, _ := runOne(m, c, time.Time{})
	if len(fs) != 2 {
		t.Fatalf("%d findings, want 2", len(fs))
	}
	for _, f := range fs {
		switch f.Path {
		case "container_definitions":
			if !f.Secret {
				t.Error("a finding whose range shows environment values is not Secret")
			}
			if strings.Contains(f.Message, "blue-green-42") || !strings.Contains(f.Message, "aws_ecs_task_definition.app runs app") {
				t.Errorf("message %q: the value must be withheld, the address and name kept", f.Message)
			}
		case "family":
			if f.Secret {
				t.Error("a finding on an argument without such values is Secret")
			}
		}
	}
}
