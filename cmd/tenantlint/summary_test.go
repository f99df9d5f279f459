package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The responsibility summary: one line by default, the table with --summary
// or summary = true in .tenantlint.hcl; the job-summary subcommand reads the
// JSON report.
func TestSummaryFlagConfigAndJobSummary(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	tf := "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 8\n  encrypted         = false\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
		t.Fatal(err)
	}
	table := "Your side of the shared responsibility model"
	r := runBin(t, dir, nil, "--include", "aws-ec2-encrypt-volumes", ".")
	if r.code != 1 || !strings.Contains(r.stdout, "\nyour side: data 1 (--summary: by domain and service model)\n") || strings.Contains(r.stdout, table) {
		t.Errorf("default: exit %d\n%s", r.code, r.stdout)
	}
	if !strings.Contains(r.stdout, "1 resource inspected by 1 check\n") {
		t.Errorf("grammar of one:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "    why: An unencrypted EBS volume") || !strings.Contains(r.stdout, "(tenantlint explain aws-ec2-encrypt-volumes)") {
		t.Errorf("no why/fix line:\n%s", r.stdout)
	}
	r = runBin(t, dir, nil, "--include", "aws-ec2-encrypt-volumes", "--summary", ".")
	if r.code != 1 || !strings.Contains(r.stdout, table) || strings.Contains(r.stdout, "your side: ") {
		t.Errorf("--summary: exit %d\n%s", r.code, r.stdout)
	}
	if err := os.WriteFile(filepath.Join(dir, ".tenantlint.hcl"), []byte("summary = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runBin(t, dir, nil, "--include", "aws-ec2-encrypt-volumes", ".")
	if r.code != 1 || !strings.Contains(r.stdout, table) {
		t.Errorf("summary = true: exit %d\n%s", r.code, r.stdout)
	}

	report := filepath.Join(t.TempDir(), "report.json")
	if r = runBin(t, dir, nil, "--include", "aws-ec2-encrypt-volumes", "--format", "json="+report, "."); r.code != 1 {
		t.Fatalf("json: exit %d %s", r.code, r.stderr)
	}
	r = runBin(t, dir, nil, "job-summary", "--blob-url", "https://github.com/o/r/blob/abc", report)
	if r.code != 0 || !strings.Contains(r.stdout, "**1 open finding.**") || !strings.Contains(r.stdout, "(https://github.com/o/r/blob/abc/main.tf#L4)") {
		t.Errorf("job-summary: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if r = runBin(t, dir, nil, "job-summary", dir); r.code != 2 {
		t.Errorf("job-summary of a folder: exit %d", r.code)
	}
	if r = runBin(t, dir, nil, "job-summary", filepath.Join(dir, "main.tf")); r.code != 2 || !strings.Contains(r.stderr, "JSON report") {
		t.Errorf("job-summary of a non-report: exit %d %s", r.code, r.stderr)
	}
}
