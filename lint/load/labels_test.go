package load

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/lint"
)

// Labels that become names and addresses must be identifiers, as Terraform
// requires: a label holding a newline and a workflow command, a space or an
// escape is an error at the label, and its block is skipped. The valid
// blocks next to it load as usual.
func TestInvalidLabels(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `resource "aws_s3_bucket" "a\n::warning title=x::owned" {
  bucket = "x"
}

resource "aws_s3_bucket\u001b[2J" "b" {
  bucket = "y"
}

data "aws_iam_policy_document" "has space" {
}

module "m\u202e" {
  source = "./m"
}

variable "v\nx" {
  default = "z"
}

output "o\u0007" {
  value = "z"
}

resource "aws_s3_bucket" "fine-name_1" {
  bucket = "ok"
}
`,
		"json.tf.json": `{"resource": {"aws_ebs_volume": {"j\n::error::x": {"encrypted": false}, "_ok": {"encrypted": false}}}}`,
		"m/main.tf":    "",
	})
	res := loadWithin(t, slowdown*10*time.Second, []string{dir})
	want := []struct {
		summary string
		file    string
		line    int
	}{
		{"Invalid resource name", "main.tf", 1},
		{"Invalid resource type name", "main.tf", 5},
		{"Invalid data source name", "main.tf", 9},
		{"Invalid module instance name", "main.tf", 12},
		{"Invalid variable name", "main.tf", 16},
		{"Invalid output name", "main.tf", 20},
		{"Invalid resource name", "json.tf.json", 1},
	}
	for _, w := range want {
		found := false
		for _, d := range res.Diagnostics {
			if d.Severity == lint.DiagError && d.Summary == w.summary && d.Subject != nil &&
				filepath.Base(d.Subject.Filename) == w.file && d.Subject.Start.Line == w.line {
				found = true
				if !strings.Contains(d.Detail, "must start with a letter or underscore and may contain only letters, digits, underscores, and dashes") {
					t.Errorf("%s: detail %q", w.summary, d.Detail)
				}
				if d.Subject.Start.Column == 1 {
					t.Errorf("%s at %s:%d: the subject is the block, not its label", w.summary, w.file, w.line)
				}
			}
		}
		if !found {
			t.Errorf("no error %q at %s:%d; got %+v", w.summary, w.file, w.line, res.Diagnostics)
		}
	}
	got := resources(res)
	for addr := range got {
		if strings.ContainsAny(addr, "\n\x1b \u202e") {
			t.Errorf("a resource with an invalid label was loaded: %q", addr)
		}
	}
	for _, addr := range []string{"aws_s3_bucket.fine-name_1", "aws_ebs_volume._ok"} {
		if got[addr] == nil {
			t.Errorf("%s missing: valid blocks next to invalid ones must load", addr)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d resources, want 2: %v", len(got), got)
	}
}
