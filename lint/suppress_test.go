package lint

import (
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
)

const suppressSrc = `resource "aws_ebs_volume" "a" {
  encrypted = false # tenantlint:ignore:aws-ec2-encrypt-volumes -- scratch disk
}

resource "aws_ebs_volume" "b" {
  # tenantlint:ignore:aws-ec2-encrypt-volumes exp:2020-01-01 -- until the migration
  encrypted = false
}

// tenantlint:ignore:aws-s3-encrypt-buckets,aws-ec2-encrypt-volumes
resource "aws_ebs_volume" "c" {
  size      = 8
  encrypted = false
}

/* tenantlint:ignore:aws-ec2-encrypt-volumes -- the module's disks are scratch */
module "disks" {
  source = "./disks"
}

resource "aws_ebs_volume" "d" {
  encrypted = false
}
# tenantlint:ignore:no-such-check -- typo
`

func finding(id string, line int, calls ...hcl.Range) *Finding {
	return &Finding{
		Check:       &Check{ID: id},
		Range:       hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: line, Column: 3, Byte: line * 40}, End: hcl.Pos{Line: line, Column: 20, Byte: line*40 + 17}},
		ModuleCalls: calls,
		Status:      Open,
	}
}

func TestSuppress(t *testing.T) {
	igs, diags := FindIgnores("main.tf", []byte(suppressSrc))
	if len(diags) != 0 || len(igs) != 5 {
		t.Fatalf("ignores = %d, diags = %v", len(igs), diags)
	}
	call := hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: 17, Column: 1, Byte: 0}}
	// Byte offsets matter for block coverage: take the real ones.
	off := strings.Index(suppressSrc, `module "disks"`)
	call.Start.Byte = off
	fs := []*Finding{
		finding("aws-ec2-encrypt-volumes", 2),       // same line: suppressed with reason
		finding("aws-ec2-encrypt-volumes", 7),       // line above, expired: stays open
		finding("aws-ec2-encrypt-volumes", 13),      // inside the block below the comment
		finding("aws-ec2-encrypt-volumes", 3, call), // in the module the call makes
		finding("aws-ec2-encrypt-volumes", 22),      // not covered
	}
	fs[2].Range.Start.Byte = strings.Index(suppressSrc, "encrypted = false\n}\n\n/*")
	out := Suppress(fs, igs, SuppressOptions{Now: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), KnownIDs: []string{"aws-ec2-encrypt-volumes", "aws-s3-encrypt-buckets"}})
	want := []Status{Suppressed, Open, Suppressed, Suppressed, Open}
	for i, f := range fs {
		if f.Status != want[i] {
			t.Errorf("finding %d (line %d): status %s, want %s", i, f.Range.Start.Line, f.Status, want[i])
		}
	}
	if fs[0].Justification != "scratch disk" {
		t.Errorf("justification = %q", fs[0].Justification)
	}
	var summaries []string
	for _, d := range out {
		summaries = append(summaries, string(d.Severity)+": "+d.Summary)
	}
	got := strings.Join(summaries, "\n")
	for _, w := range []string{"warning: Ignore expired", "warning: Ignore names an unknown check", "info: Unused ignore"} {
		if !strings.Contains(got, w) {
			t.Errorf("missing diagnostic %q in:\n%s", w, got)
		}
	}
}

func TestRequireReason(t *testing.T) {
	igs, _ := FindIgnores("main.tf", []byte(suppressSrc))
	fs := []*Finding{finding("aws-ec2-encrypt-volumes", 13)}
	fs[0].Range.Start.Byte = strings.Index(suppressSrc, "encrypted = false\n}\n\n/*")
	diags := Suppress(fs, igs, SuppressOptions{RequireReason: true})
	if fs[0].Status != Open {
		t.Errorf("an ignore without a reason must not suppress under --require-reason")
	}
	errs := 0
	for _, d := range diags {
		if d.Severity == DiagError && d.Summary == "Ignore without a reason" {
			errs++
		}
	}
	if errs != 1 {
		t.Errorf("want one missing-reason error, got %v", diags)
	}
}

// TestIgnoreExpiresAtEndOfDay: an ignore with exp:2020-01-01 still holds
// during that whole day (UTC) and stops the moment the next day starts.
func TestIgnoreExpiresAtEndOfDay(t *testing.T) {
	cases := []struct {
		now  time.Time
		want Status
	}{
		{time.Date(2019, 12, 31, 23, 59, 59, 0, time.UTC), Suppressed},
		{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Suppressed},
		{time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC), Suppressed},
		{time.Date(2020, 1, 1, 23, 59, 59, 0, time.UTC), Suppressed},
		{time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), Open},
	}
	for _, c := range cases {
		igs, _ := FindIgnores("main.tf", []byte(suppressSrc))
		f := finding("aws-ec2-encrypt-volumes", 7)
		Suppress([]*Finding{f}, igs, SuppressOptions{Now: c.now, KnownIDs: []string{"aws-ec2-encrypt-volumes", "aws-s3-encrypt-buckets"}})
		if f.Status != c.want {
			t.Errorf("at %s: status %s, want %s", c.now.Format(time.RFC3339), f.Status, c.want)
		}
	}
}
