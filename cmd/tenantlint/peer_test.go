package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExplainPeerIDs(t *testing.T) {
	for id, want := range map[string]string{
		"AVD-AWS-0088":                    "# aws-s3-encrypt-buckets",
		"aws-0088":                        "# aws-s3-encrypt-buckets",
		"aws-s3-enable-bucket-encryption": "# aws-s3-encrypt-buckets",
		"CKV_AWS_19":                      "# aws-s3-encrypt-buckets",
		"CKV_AZURE_10":                    "# azure-network-no-public-ssh",
		"CKV_AWS_23":                      "has no tenantlint counterpart",
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"explain", id}, &out, &errb); code != 0 {
			t.Errorf("explain %s: exit %d: %s", id, code, errb.String())
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("explain %s: no %q in\n%s", id, want, out.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"explain", "AVD-AWS-9999"}, &out, &errb); code != 2 {
		t.Errorf("unknown ID: exit %d", code)
	}
}

const migrateSrc = `#tfsec:ignore:aws-ec2-enable-volume-encryption:exp:2099-01-01 scratch
resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

#trivy:ignore:AVD-AWS-0190
resource "aws_ebs_volume" "w" {
  availability_zone = "eu-west-1a"
  encrypted         = true
}
`

func TestMigrateIgnores(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "main.tf")
	if err := os.WriteFile(file, []byte(migrateSrc), 0o600); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "outside.tf")
	if err := os.WriteFile(outside, []byte(migrateSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link.tf")); err != nil {
		t.Fatal(err)
	}

	var out, errb bytes.Buffer
	if code := run([]string{"migrate-ignores", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{
		"--- a/main.tf\n+++ b/main.tf\n",
		"-#tfsec:ignore:aws-ec2-enable-volume-encryption:exp:2099-01-01 scratch\n",
		"+# tenantlint:ignore:aws-ec2-encrypt-volumes exp:2099-01-01 -- scratch\n",
		"would rewrite 1 ignore(s) in 1 file(s)\n",
		"main.tf:7: trivy AVD-AWS-0190 left as it is: tenantlint has no check for it",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "link.tf") {
		t.Errorf("followed a symbolic link:\n%s", out.String())
	}
	if b, _ := os.ReadFile(file); string(b) != migrateSrc {
		t.Fatal("a dry run changed the file")
	}

	out.Reset()
	if code := run([]string{"migrate-ignores", "--write", dir}, &out, &errb); code != 0 {
		t.Fatalf("--write: exit %d: %s", code, errb.String())
	}
	b, _ := os.ReadFile(file)
	if !strings.HasPrefix(string(b), "# tenantlint:ignore:aws-ec2-encrypt-volumes exp:2099-01-01 -- scratch\n") || !strings.Contains(string(b), "#trivy:ignore:AVD-AWS-0190\n") {
		t.Errorf("rewritten:\n%s", b)
	}
	if info, _ := os.Stat(file); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	if b, _ := os.ReadFile(outside); string(b) != migrateSrc {
		t.Error("wrote through a symbolic link")
	}

	// A named link is refused.
	if code := run([]string{"migrate-ignores", filepath.Join(dir, "link.tf")}, &out, &errb); code != 2 {
		t.Errorf("named link: exit %d", code)
	}

	// The rewritten ignore suppresses what the tfsec one did.
	if err := os.Remove(filepath.Join(dir, "link.tf")); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run([]string{"--format", "compact", dir}, &out, &errb); code != 0 {
		t.Errorf("scan after migration: exit %d\n%s", code, out.String())
	}
}
