package scan

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint/baseline"
)

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runIn scans paths from inside dir and returns the outcome and the report.
func runIn(t *testing.T, dir string, o Options) (Outcome, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	o.Checks = checks.All
	if o.Formats == nil {
		o.Formats = []string{"text"}
	}
	var buf bytes.Buffer
	out, err := Run(o, &buf)
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	return out, buf.String()
}

// A partial scan judges, and a partial --baseline-write drops, only the
// entries of the files and checks it covered.
func TestBaselineFollowsTheScan(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeTree(t, dir, map[string]string{
		"envs/prod/main.tf": gateVolume("prod", "false"),
		"envs/dev/main.tf":  gateVolume("dev", "false"),
	})
	inc := []string{volumeCheck}
	bl := filepath.Join(dir, "baseline.json")
	if out, _ := runIn(t, dir, Options{Include: inc, BaselineWrite: bl}); !out.BaselineWritten {
		t.Fatal("no baseline written")
	}
	read := func() *baseline.File {
		t.Helper()
		f, err := baseline.Read(bl)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	if n := len(read().Entries); n != 2 {
		t.Fatalf("%d entries, want 2", n)
	}

	// Fix prod, scan only prod: its entry is stale, dev's is not judged.
	writeTree(t, dir, map[string]string{"envs/prod/main.tf": gateVolume("prod", "true")})
	_, text := runIn(t, dir, Options{Paths: []string{"envs/prod"}, Include: inc, Baseline: bl})
	if !strings.Contains(text, "aws_ebs_volume.prod") || strings.Contains(text, "aws_ebs_volume.dev") {
		t.Errorf("partial scan: stale entries should name prod only:\n%s", text)
	}
	// Another check only: nothing of this baseline is judged.
	_, text = runIn(t, dir, Options{Paths: []string{"envs/prod"}, Include: []string{"aws-s3-*"}, Baseline: bl})
	if strings.Contains(text, "Stale baseline entry") {
		t.Errorf("a scan that did not run the check judged its entries:\n%s", text)
	}

	// Rewriting from a scan of prod keeps dev's entry and drops prod's.
	runIn(t, dir, Options{Paths: []string{"envs/prod"}, Include: inc, BaselineWrite: bl})
	f := read()
	if len(f.Entries) != 1 || f.Entries[0].Address != "aws_ebs_volume.dev" {
		t.Errorf("after a partial --baseline-write: %+v, want dev's entry alone", f.Entries)
	}

	// baseline in the configuration: dev's finding is baselined, not failing.
	writeTree(t, dir, map[string]string{".tenantlint.hcl": "baseline = \"baseline.json\"\n"})
	out, text := runIn(t, dir, Options{Include: inc})
	if out.Failing != 0 || !strings.Contains(text, "1 baselined") {
		t.Errorf("configured baseline: failing %d\n%s", out.Failing, text)
	}
	out, sarif := runIn(t, dir, Options{Include: inc, Formats: []string{"sarif"}})
	if out.Failing != 0 || !strings.Contains(sarif, `"baselineState": "unchanged"`) {
		t.Errorf("configured baseline: SARIF does not mark the baselined finding\n%s", sarif)
	}
}

// A stranger's configuration may name a baseline only inside its folder.
func TestConfiguredBaselineStaysInside(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeTree(t, dir, map[string]string{
		"main.tf":         gateVolume("v", "false"),
		".tenantlint.hcl": "baseline = \"../outside.json\"\n",
	})
	wd, _ := os.Getwd()
	_ = os.Chdir(dir)
	defer func() { _ = os.Chdir(wd) }()
	_, err := Run(Options{Checks: checks.All}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "baseline") {
		t.Errorf("baseline outside the folder: %v", err)
	}
}
