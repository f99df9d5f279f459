package load

import (
	"testing"

	"github.com/tenantlint/tenantlint/lint"
)

// TestBudgetLeavesUnfinishedResourcesUndecided: a root whose evaluation
// runs out of steps inside a called module keeps the resources it did not
// finish, there and after it, with their arguments and nested blocks as
// written and every value unknown because the budget was exceeded; a check
// that reads them leaves the decision open with that reason.
func TestBudgetLeavesUnfinishedResourcesUndecided(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"root/main.tf": `
resource "aws_s3_bucket" "done" {
  bucket = "done"
}

module "m" {
  source = "./mod"
}
`,
		"root/mod/main.tf": `
locals {
  costly = [for i in range(1000) : i]
}

resource "aws_instance" "web" {
  count = 2
  ami   = "ami-${length(local.costly)}"
  root_block_device {
    encrypted = false
  }
  dynamic "ebs_block_device" {
    for_each = [1]
    content {
      encrypted = false
    }
  }
}

resource "aws_instance" "later" {
  ami = "ami-later"
}
`,
	})
	res := Load([]string{dir + "/root"}, Options{MaxSteps: 300})
	if findDiag(res, lint.DiagError, "Evaluation budget exceeded") == nil {
		t.Fatalf("no budget diagnostic: %v", res.Diagnostics)
	}
	got := resources(res)
	if _, ok := got["aws_s3_bucket.done"]; !ok {
		t.Errorf("the resource evaluated before the budget ran out is missing: %v", got)
	}
	for _, addr := range []string{"module.m.aws_instance.web[*]", "module.m.aws_instance.later"} {
		r, ok := got[addr]
		if !ok {
			t.Errorf("%s is missing: %v", addr, got)
			continue
		}
		if a := r.Attr("ami"); !a.Set || !a.Unknown() {
			t.Errorf("%s: ami should be set and unknown, is %#v", addr, a.Value)
		}
	}
	web := got["module.m.aws_instance.web[*]"]
	if web == nil {
		return
	}
	if web.KeyKnown {
		t.Error("an unfinished counted resource has no known key")
	}
	for _, typ := range []string{"root_block_device", "ebs_block_device"} {
		bs := web.Body.Blocks(typ)
		if len(bs) != 1 || !bs[0].Attr("encrypted").Unknown() {
			t.Errorf("%s: want one block with encrypted unknown, got %d", typ, len(bs))
		}
	}
	var open []lint.Undecided
	check := &lint.Check{ID: "test-root-volume", Resources: []string{"aws_instance"}, Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, b := range r.Body.Blocks("root_block_device") {
				if on, ok := b.Attr("encrypted").BoolOr(false); ok && !on {
					p.Reportf(b.Attr("encrypted"), "plain")
				}
			}
		}
	}}
	findings, _ := lint.RunWith(res.Modules, []*lint.Check{check}, lint.RunOptions{Undecided: &open})
	if len(findings) != 0 {
		t.Errorf("an unfinished resource gave findings: %v", findings)
	}
	found := false
	for _, u := range open {
		for _, r := range u.Reasons {
			if u.Address == "module.m.aws_instance.web[*]" && r.Kind == lint.BudgetExceeded && r.Subject == "more than 300 evaluation steps" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no decision left open because the budget was exceeded: %v", open)
	}
}
