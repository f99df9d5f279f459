package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
)

func write(t *testing.T, dir, content string) string {
	t.Helper()
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var registry = []*lint.Check{
	{ID: "aws-ec2-encrypt-volumes", Severity: lint.High, Domain: lint.Data},
	{ID: "aws-s3-enable-versioning", Severity: lint.Medium, Domain: lint.Data},
	{ID: "aws-cloudtrail-log-validation", Severity: lint.Medium, Domain: lint.Logging},
	{ID: "google-gcs-no-public-access", Severity: lint.Critical, Domain: lint.Data},
}

func ids(cs []*lint.Check) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return strings.Join(out, ",")
}

func TestLoadAndSelect(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, `
fail_on       = "high"
var_files     = ["prod.tfvars"]
formats       = ["text", "sarif=out.sarif"]
exclude_paths = ["test/**", "legacy"]
severity_overrides = {
  "aws-s3-enable-versioning" = "low"
}
enable {
  providers = ["aws"]
}
disable {
  checks  = ["aws-ec2-*"]
  domains = ["logging"]
}
`)
	cfg, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(cfg.Select(registry)); got != "aws-s3-enable-versioning" {
		t.Errorf("selected %s", got)
	}
	if cfg.Severity(registry[1]) != lint.Low || cfg.Severity(registry[0]) != lint.High {
		t.Errorf("severity overrides not applied")
	}
	for path, want := range map[string]bool{
		filepath.Join(dir, "test", "unit", "main.tf"): true,
		filepath.Join(dir, "legacy", "main.tf"):       true,
		filepath.Join(dir, "prod", "main.tf"):         false,
	} {
		if got := cfg.Excluded(path); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", path, got, want)
		}
	}
	if vf := cfg.VarFilePaths(); len(vf) != 1 || vf[0] != filepath.Join(dir, "prod.tfvars") {
		t.Errorf("var files = %v", vf)
	}
}

func TestBadConfig(t *testing.T) {
	cases := map[string]string{
		`fail_on = "severe"`:                "fail_on",
		`unknown_setting = true`:            "Unsupported argument",
		"disable {\n  domains = [\"x\"]\n}": "unknown domain",
		`fail_on = `:                        FileName + ":1",
	}
	for src, want := range cases {
		dir := t.TempDir()
		_, err := Load(write(t, dir, src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one mentioning %q", src, err, want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	write(t, root, `fail_on = "low"`)
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(sub, root); got != filepath.Join(root, FileName) {
		t.Errorf("Find = %q", got)
	}
	if got := Find(sub, sub); got != "" {
		t.Errorf("Find must stop at the repository root, got %q", got)
	}
}

func TestNewFromRevAndBaselineSettings(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	for src, wantErr := range map[string]string{
		`new_from_rev = "origin/main"`:       "",
		`new_from_rev = "--output=/tmp/x"`:   "starts with '-'",
		"new_from_rev = \"HEAD\\u0007\"":     "control characters",
		`baseline = "tl-baseline.json"`:      "",
		`baseline = "../tl-baseline.json"`:   `holds ".."`,
		`baseline = "/etc/tl-baseline.json"`: "outside the repository",
	} {
		if err := os.WriteFile(p, []byte(src+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg, err := LoadWith(p, LoadOptions{Untrusted: true})
		switch {
		case wantErr == "" && err != nil:
			t.Errorf("%s: %v", src, err)
		case wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)):
			t.Errorf("%s: error %v, want %q", src, err, wantErr)
		case wantErr == "" && strings.HasPrefix(src, "baseline") && cfg.BaselinePath() != filepath.Join(dir, "tl-baseline.json"):
			t.Errorf("%s: BaselinePath %q", src, cfg.BaselinePath())
		}
	}
}
