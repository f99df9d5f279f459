package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

// write makes a folder of files and returns it.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func rule(id, violation string, extra ...string) string {
	return "rule \"" + id + "\" {\n  title = \"t\"\n  severity = \"low\"\n  resources = [\"aws_s3_bucket\"]\n  violation = " + violation + "\n" + strings.Join(extra, "\n") + "\n}\n"
}

func TestLoadErrors(t *testing.T) {
	for name, c := range map[string]struct {
		src  string
		want []string
	}{
		"cel syntax":   {rule("acme-s3-x", `"resource.tags ==="`), []string{"r.tlrule.hcl:5:", `rule "acme-s3-x": violation:`, "Syntax error", "| resource.tags ===", "^"}},
		"undeclared":   {rule("acme-s3-x", `"nope(resource)"`), []string{"r.tlrule.hcl:5:", "undeclared reference to 'nope'", "^"}},
		"not bool":     {rule("acme-s3-x", `"size(resource)"`), []string{"r.tlrule.hcl:5:", "gives int, not bool"}},
		"reserved id":  {rule("aws-s3-encryption", `"true"`), []string{"r.tlrule.hcl:1:", "built-in check"}},
		"bad id":       {rule("Acme", `"true"`), []string{"r.tlrule.hcl:1:", "lowercase slug"}},
		"hcl":          {"rule \"acme-s3-x\" {\n  title = \n}\n", []string{"r.tlrule.hcl:2:"}},
		"unknown attr": {rule("acme-s3-x", `"true"`, "  colour = \"red\""), []string{"r.tlrule.hcl:6:", "Unsupported argument"}},
		"severity":     {strings.Replace(rule("acme-s3-x", `"true"`), `"low"`, `"urgent"`, 1), []string{"unknown severity"}},
		"template":     {rule("acme-s3-x", `"true"`, `  message = "{{ .Nope }}"`), []string{"message:", "Nope"}},
		"duplicate":    {rule("acme-s3-x", `"true"`) + rule("acme-s3-x", `"false"`), []string{"declared twice"}},
	} {
		t.Run(name, func(t *testing.T) {
			dir := write(t, map[string]string{"r.tlrule.hcl": c.src})
			_, err := Load([]string{dir}, Options{Reserved: func(id string) bool { return id == "aws-s3-encryption" }})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

// run loads the rules and the Terraform of dir and runs the rules.
func run(t *testing.T, dir string, lib Library) (*Set, []*lint.Finding, []lint.Undecided, []lint.Diagnostic) {
	t.Helper()
	set, err := Load([]string{dir}, Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	res := load.Load([]string{dir}, load.Options{})
	var us []lint.Undecided
	fs, ds := lint.RunWith(res.Modules, set.Checks(), lint.RunOptions{Undecided: &us})
	return set, fs, us, ds
}

// Unknown stays unknown: every way of reading an unknown value leaves the
// rule undecided, recorded with the argument read, and never a finding.
func TestUnknownNeverFires(t *testing.T) {
	dir := write(t, map[string]string{
		"r.tlrule.hcl": rule("acme-s3-tags", `"!has(resource.tags.classification)"`) +
			rule("acme-s3-size", `"size(resource.tags) < 5"`) +
			rule("acme-s3-name", `"resource.bucket != 'x'"`) +
			rule("acme-s3-list", `"resource.grant.exists(g, g.permission == 'FULL_CONTROL')"`) +
			rule("acme-s3-refs", `"size(referrers('aws_s3_bucket_versioning', 'bucket')) == 0"`),
		"main.tf": `
variable "tags" {
  type = map(string)
}
resource "aws_s3_bucket" "b" {
  bucket = aws_kms_key.k.arn
  tags   = var.tags
  grant {
    permission = aws_kms_key.k.id
  }
}
resource "aws_kms_key" "k" {}
variable "vb" {
  type = string
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = var.vb
}
`,
	})
	_, fs, us, ds := run(t, dir, Library{})
	for _, f := range fs {
		t.Errorf("finding on an unknown value: %s %s", f.Check.ID, f.Message)
	}
	for _, d := range ds {
		t.Errorf("diagnostic: %s: %s", d.Summary, d.Detail)
	}
	got := map[string]bool{}
	for _, u := range us {
		got[u.Check.ID+" "+u.Path] = true
	}
	for _, w := range []string{"acme-s3-tags tags", "acme-s3-size tags", "acme-s3-name bucket", "acme-s3-list grant[0].permission"} {
		if !got[w] {
			t.Errorf("no undecided %q; got %v", w, got)
		}
	}
	refs := false
	for k := range got {
		refs = refs || strings.HasPrefix(k, "acme-s3-refs ")
	}
	if !refs {
		t.Errorf("referrers with an unknown link left nothing undecided: %v", got)
	}
}

func TestCostLimitAndPanic(t *testing.T) {
	dir := write(t, map[string]string{
		"r.tlrule.hcl": rule("acme-s3-slow", `"[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, [1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, [1,2,3,4,5,6,7,8,9,10].all(e, [1,2,3,4,5,6,7,8,9,10].all(f, a > 0))))))"`) +
			rule("acme-s3-boom", `"boom()"`) +
			rule("acme-s3-fine", `"resource.bucket == 'b'"`),
		"main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n",
	})
	lib := Library{Helpers: []Helper{{Name: "boom", Result: Bool, Fn: func(*Context, []any) (any, error) { panic("helper bug") }}}}
	set, fs, _, ds := run(t, dir, lib)
	if len(fs) != 1 || fs[0].Check.ID != "acme-s3-fine" {
		t.Errorf("findings %v, want the one of acme-s3-fine: the other rules stop, the run goes on", fs)
	}
	if len(ds) != 0 {
		t.Errorf("run diagnostics %v", ds)
	}
	// cel-go contains a panic in a helper as an evaluation error; the
	// rule's diagnostic names it. (A panic outside the evaluation is the
	// runner's: lint.RunWith recovers it as for any check.)
	rd := set.Diagnostics()
	text := ""
	for _, d := range rd {
		text += d.Summary + ": " + d.Detail + "\n"
	}
	for _, w := range []string{"Custom rule acme-s3-slow stopped: over its cost limit", "Custom rule acme-s3-boom could not be evaluated", "helper bug"} {
		if !strings.Contains(text, w) {
			t.Errorf("diagnostics do not say %q:\n%s", w, text)
		}
	}
}

func TestMessagesHideSensitive(t *testing.T) {
	dir := write(t, map[string]string{
		"r.tlrule.hcl": strings.Replace(rule("acme-db-pw", `"has(resource.password)"`, `  at = "password"`, `  message = "{{ .Address }} {{ .Value }} {{ .Type }}"`), "aws_s3_bucket", "aws_db_instance", 1),
		"main.tf": `
variable "pw" {
  sensitive = true
  default   = "s3cr3t-value"
}
resource "aws_db_instance" "d" {
  password = var.pw
}
`,
	})
	_, fs, _, _ := run(t, dir, Library{})
	if len(fs) != 1 {
		t.Fatalf("findings %v", fs)
	}
	if strings.Contains(fs[0].Message, "s3cr3t") || !strings.Contains(fs[0].Message, "(sensitive)") || !fs[0].Secret {
		t.Errorf("message %q (secret %v) shows or does not mask the sensitive value", fs[0].Message, fs[0].Secret)
	}
	if fs[0].Path != "password" {
		t.Errorf("finding at %q, want password", fs[0].Path)
	}
}

func TestModelAndCompanions(t *testing.T) {
	dir := write(t, map[string]string{
		"r.tlrule.hcl": rule("acme-s3-meta", `"resource.meta.type == 'aws_s3_bucket' && resource.meta.name == 'b' && resource.address == 'aws_s3_bucket.b' && resource.module == '' && resource.type == 'aws_s3_bucket'"`) +
			rule("acme-s3-comp", `"referrers('aws_s3_bucket_policy', 'bucket').all(p, size(companions(p, 'aws_s3_bucket_policy', 'bucket')) == 0)"`) +
			rule("acme-s3-block", `"resource.lifecycle_rule[1].id == 'two' && resource.lifecycle_rule[0].expiration[0].days == 30"`),
		"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "b"
  lifecycle_rule {
    id = "one"
    expiration {
      days = 30
    }
  }
  lifecycle_rule {
    id = "two"
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = "{}"
}
`,
	})
	_, fs, _, ds := run(t, dir, Library{})
	got := map[string]bool{}
	for _, f := range fs {
		got[f.Check.ID] = true
	}
	for _, id := range []string{"acme-s3-meta", "acme-s3-comp", "acme-s3-block"} {
		if !got[id] {
			t.Errorf("%s did not fire: %v %v", id, got, ds)
		}
	}
}
