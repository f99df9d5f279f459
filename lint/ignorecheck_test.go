package lint

import (
	"strings"
	"testing"
)

func TestMalformedAndMistypedIgnores(t *testing.T) {
	src := []byte(`# tenantlint:ignore
# tenantlint:ignore -- no ID given
// tenantlint:ignore:
# tenantlint:ignored is just a word here
# tenantlint:ignore:aws-s3-encrypt-bucket -- typo
resource "x" "y" {}
`)
	igs, diags := FindIgnores("main.tf", src)
	var lines []int
	for _, d := range diags {
		if d.Summary != "Malformed ignore" {
			t.Errorf("unexpected %s", d.Summary)
		}
		lines = append(lines, d.Subject.Start.Line)
	}
	if len(lines) != 3 || lines[0] != 1 || lines[1] != 2 || lines[2] != 3 {
		t.Errorf("malformed at lines %v, want [1 2 3]", lines)
	}
	if len(igs) != 1 {
		t.Fatalf("%d ignores, want 1", len(igs))
	}
	known := []string{"aws-s3-encrypt-buckets", "aws-s3-encrypt-with-cmk", "aws-ec2-encrypt-volumes"}
	ds := Suppress(nil, igs, SuppressOptions{KnownIDs: known})
	if len(ds) == 0 || !strings.Contains(ds[0].Detail, `did you mean "aws-s3-encrypt-buckets"?`) {
		t.Errorf("no did-you-mean: %+v", ds)
	}
}

func TestClosest(t *testing.T) {
	known := []string{"aws-s3-encrypt-buckets", "aws-s3-encrypt-with-cmk", "aws-sns-encrypt-topics", "aws-sqs-encrypt-queues"}
	for id, want := range map[string]string{
		"aws-s3-encrypt-bucket":   "aws-s3-encrypt-buckets",
		"AWS-S3-ENCRYPT-BUCKETS":  "aws-s3-encrypt-buckets",
		"aws-sns-encrypt-topic":   "aws-sns-encrypt-topics",
		"azure-storage-https":     "",
		"aws-s3-encrypt-with-cmk": "aws-s3-encrypt-with-cmk",
	} {
		if got := closest(id, known); got != want {
			t.Errorf("closest(%q) = %q, want %q", id, got, want)
		}
	}
	if d := editDistance("kitten", "sitting", 10); d != 3 {
		t.Errorf("editDistance = %d", d)
	}
}
