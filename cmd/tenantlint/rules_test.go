package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (string, int) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String() + errb.String(), code
}

func TestTestRules(t *testing.T) {
	out, code := runCLI("test-rules", "../../fixtures/rules")
	if code != 0 || !strings.Contains(out, "0 failed") {
		t.Fatalf("test-rules fixtures/rules: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	rule := "rule \"acme-s3-tag\" {\n  title = \"t\"\n  severity = \"low\"\n  resources = [\"aws_s3_bucket\"]\n  violation = \"!has(resource.tags.team)\"\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "r.tlrule.hcl"), []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	// A bad case without its marker fails.
	tf := "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  tags = { team = \"x\" }\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code = runCLI("test-rules", dir)
	if code != 1 || !strings.Contains(out, "unexpected finding acme-s3-tag") {
		t.Errorf("unmarked finding: exit %d\n%s", code, out)
	}
	// A broken rule is exit 2 with file, line and the caret.
	if err := os.WriteFile(filepath.Join(dir, "r.tlrule.hcl"), []byte(strings.Replace(rule, "!has(resource.tags.team)", "resource.tags ==", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code = runCLI("test-rules", dir)
	if code != 2 || !strings.Contains(out, "r.tlrule.hcl:5:") || !strings.Contains(out, "^") {
		t.Errorf("broken rule: exit %d\n%s", code, out)
	}
	out, code = runCLI("--rules", dir, dir)
	if code != 2 || !strings.Contains(out, "r.tlrule.hcl:5:") {
		t.Errorf("scan with a broken rule: exit %d\n%s", code, out)
	}
}

// Custom rules are checks: listed, explained, selected, reported in SARIF
// with their metadata.
func TestRulesAsChecks(t *testing.T) {
	rules := "../../fixtures/rules/acme-s3-classification-tag"
	out, code := runCLI("checks", "--rules", rules)
	if code != 0 || !strings.Contains(out, "acme-s3-classification-tag") || !strings.Contains(out, "aws-s3-") {
		t.Errorf("checks --rules: exit %d\n%s", code, out)
	}
	out, code = runCLI("explain", "--rules", rules, "acme-s3-classification-tag")
	if code != 0 || !strings.Contains(out, "S3 buckets carry a data-classification tag") {
		t.Errorf("explain: exit %d\n%s", code, out)
	}
	out, code = runCLI("--rules", rules, "--include", "acme-*", "--format", "sarif", "--repo-root", rules, rules)
	if code != 1 {
		t.Fatalf("scan: exit %d\n%s", code, out)
	}
	var sarif struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	r := sarif.Runs[0]
	if len(r.Tool.Driver.Rules) != 1 || r.Tool.Driver.Rules[0].ID != "acme-s3-classification-tag" || len(r.Results) != 2 {
		t.Errorf("SARIF rules %v, results %v", r.Tool.Driver.Rules, r.Results)
	}
	// An ignore comment naming a custom rule silences it like a check's.
	dir := t.TempDir()
	tf := "resource \"aws_s3_bucket\" \"a\" { # tenantlint:ignore:acme-s3-classification-tag -- scratch bucket\n  bucket = \"a\"\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code = runCLI("--rules", rules, "--include", "acme-*", "--format", "compact", "--repo-root", dir, dir)
	if code != 0 {
		t.Errorf("suppressed custom finding: exit %d\n%s", code, out)
	}
}

// checks and explain read rules = "DIR" of a .tenantlint.hcl in the current
// folder, as a scan of it would, and only inside it.
func TestRulesFromConfigInListings(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "rules", "acme-s3-classification-tag", "rule.tlrule.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "policy"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "policy", "rule.tlrule.hcl"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".tenantlint.hcl"), []byte("rules = \"policy\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	out, code := runCLI("checks")
	if code != 0 || !strings.Contains(out, "acme-s3-classification-tag") {
		t.Errorf("checks with rules = in .tenantlint.hcl: exit %d\n%s", code, out)
	}
	out, code = runCLI("explain", "acme-s3-classification-tag")
	if code != 0 || !strings.Contains(out, "S3 buckets carry a data-classification tag") {
		t.Errorf("explain with rules = in .tenantlint.hcl: exit %d\n%s", code, out)
	}
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "rule.tlrule.hcl"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".tenantlint.hcl"), []byte("rules = \""+filepath.ToSlash(outside)+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code = runCLI("checks"); code == 0 || strings.Contains(out, "acme-s3-classification-tag") {
		t.Errorf("a found configuration's rules outside its folder must not be read: exit %d\n%s", code, out)
	}
}
