package scan

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/config"
)

func TestExitCode(t *testing.T) {
	cases := []struct {
		name string
		o    Outcome
		want int
	}{
		{"nothing", Outcome{}, ExitClean},
		{"open below fail-on", Outcome{Open: 3}, ExitClean},
		{"failing", Outcome{Open: 3, Failing: 1}, ExitFindings},
		{"failing, soft", Outcome{Open: 3, Failing: 1, SoftFail: true}, ExitClean},
		{"failing, baseline written", Outcome{Open: 1, Failing: 1, BaselineWritten: true}, ExitClean},
		{"load error", Outcome{LoadFailed: true}, ExitRejected},
		{"load error wins over findings", Outcome{Open: 1, Failing: 1, LoadFailed: true}, ExitRejected},
		{"load error wins over soft-fail", Outcome{LoadFailed: true, SoftFail: true}, ExitRejected},
		{"load error while writing a baseline", Outcome{LoadFailed: true, BaselineWritten: true}, ExitRejected},
		{"load error, soft-fail=all", Outcome{Open: 1, Failing: 1, LoadFailed: true, SoftFail: true, SoftFailAll: true}, ExitClean},
		{"failing, soft-fail=all", Outcome{Open: 1, Failing: 1, SoftFail: true, SoftFailAll: true}, ExitClean},
	}
	for _, c := range cases {
		if got := c.o.ExitCode(); got != c.want {
			t.Errorf("%s: exit %d, want %d", c.name, got, c.want)
		}
	}
}

func testChecks() []*lint.Check {
	return []*lint.Check{
		{ID: "aws-ec2-encrypt-volumes", Severity: lint.High, Domain: lint.Data},
		{ID: "aws-ec2-no-public-ip", Severity: lint.Medium, Domain: lint.Network},
		{ID: "aws-s3-enable-logging", Severity: lint.Low, Domain: lint.Logging},
	}
}

func ids(cs []*lint.Check) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return strings.Join(out, ",")
}

func TestSelectChecks(t *testing.T) {
	cases := []struct {
		include, exclude []string
		want             string
	}{
		{nil, nil, "aws-ec2-encrypt-volumes,aws-ec2-no-public-ip,aws-s3-enable-logging"},
		{[]string{"aws-ec2-*"}, nil, "aws-ec2-encrypt-volumes,aws-ec2-no-public-ip"},
		{[]string{"aws-ec2-*"}, []string{"*-public-*"}, "aws-ec2-encrypt-volumes"},
		{nil, []string{"aws-s3-enable-logging"}, "aws-ec2-encrypt-volumes,aws-ec2-no-public-ip"},
	}
	for _, c := range cases {
		got, err := SelectChecks(testChecks(), c.include, c.exclude)
		if err != nil {
			t.Fatal(err)
		}
		if ids(got) != c.want {
			t.Errorf("include %v exclude %v: got %s, want %s", c.include, c.exclude, ids(got), c.want)
		}
	}
	var ue UsageError
	if _, err := SelectChecks(testChecks(), []string{"["}, nil); !errors.As(err, &ue) {
		t.Errorf("a bad glob: err %v, want a usage error", err)
	}
}

func TestParseFormats(t *testing.T) {
	got, err := ParseFormats([]string{"json", "sarif=out.sarif"})
	if err != nil || len(got) != 2 || got[0] != (Target{"json", ""}) || got[1] != (Target{"sarif", "out.sarif"}) {
		t.Fatalf("got %v, %v", got, err)
	}
	if got, _ := ParseFormats(nil); len(got) != 1 || got[0] != (Target{"text", ""}) {
		t.Errorf("default: got %v, want text on stdout", got)
	}
	for _, bad := range [][]string{{"json", "text"}, {"yaml"}} {
		var ue UsageError
		if _, err := ParseFormats(bad); !errors.As(err, &ue) {
			t.Errorf("%v: err %v, want a usage error", bad, err)
		}
	}
}

func finding(c *lint.Check, file string) *lint.Finding {
	return &lint.Finding{Check: c, Severity: c.Severity, Range: hcl.Range{Filename: file}, Address: "x.y"}
}

func TestApplyConfig(t *testing.T) {
	dir := t.TempDir()
	cs := testChecks()
	cfg := &config.Config{
		Path:              filepath.Join(dir, config.FileName),
		ExcludePaths:      []string{"test/**", "legacy"},
		SeverityOverrides: map[string]string{"aws-ec2-no-public-ip": "critical"},
	}
	in := []*lint.Finding{
		finding(cs[0], filepath.Join(dir, "main.tf")),
		finding(cs[1], filepath.Join(dir, "main.tf")),
		finding(cs[0], filepath.Join(dir, "test", "a", "main.tf")),
		finding(cs[0], filepath.Join(dir, "legacy", "main.tf")),
		finding(cs[2], filepath.Join(dir, "legacy2", "main.tf")),
	}
	out := ApplyConfig(cfg, in)
	if len(out) != 3 {
		t.Fatalf("got %d findings, want 3 (test/** and legacy excluded)", len(out))
	}
	for _, fd := range out {
		if fd.Status != lint.Open {
			t.Errorf("%s: status %s, want open", fd.Check.ID, fd.Status)
		}
	}
	if out[0].Severity != lint.High {
		t.Errorf("not overridden: severity %s, want high", out[0].Severity)
	}
	if out[1].Severity != lint.Critical {
		t.Errorf("overridden: severity %s, want critical", out[1].Severity)
	}
	if out[2].Check.ID != "aws-s3-enable-logging" {
		t.Errorf("legacy2 is not legacy: got %s", out[2].Check.ID)
	}
	// No configuration: everything is kept and open.
	if got := ApplyConfig(nil, []*lint.Finding{finding(cs[0], "a.tf")}); len(got) != 1 || got[0].Status != lint.Open {
		t.Errorf("nil config: %v", got)
	}
}

func TestTally(t *testing.T) {
	cs := testChecks()
	fs := []*lint.Finding{finding(cs[0], "a"), finding(cs[1], "a"), finding(cs[2], "a"), finding(cs[0], "b")}
	for _, f := range fs {
		f.Status = lint.Open
	}
	fs[3].Status = lint.Suppressed
	o := Tally(fs, []lint.Diagnostic{{Severity: lint.DiagWarning}}, lint.Medium)
	if o.Open != 3 || o.Failing != 2 || o.LoadFailed {
		t.Errorf("got %+v, want 3 open, 2 failing, no load error", o)
	}
	if o := Tally(nil, []lint.Diagnostic{{Severity: lint.DiagError}}, lint.Low); !o.LoadFailed {
		t.Errorf("an error diagnostic must fail the load")
	}
}

func TestSettleReadsConfig(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, config.FileName), []byte("fail_on = \"high\"\nformats = [\"compact\"]\ndisable {\n  checks = [\"aws-s3-*\"]\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Settle(&Options{Paths: []string{dir}, Checks: testChecks()})
	if err != nil {
		t.Fatal(err)
	}
	if s.FailOn != lint.High || len(s.Targets) != 1 || s.Targets[0].Format != "compact" || ids(s.Checks) != "aws-ec2-encrypt-volumes,aws-ec2-no-public-ip" {
		t.Errorf("config not applied: %+v", s)
	}
	// Flags win over the file.
	s, err = Settle(&Options{Paths: []string{dir}, Checks: testChecks(), FailOn: "low", Formats: []string{"json"}})
	if err != nil {
		t.Fatal(err)
	}
	if s.FailOn != lint.Low || s.Targets[0].Format != "json" {
		t.Errorf("flags do not win: %+v", s)
	}
	var ue UsageError
	if _, err := Settle(&Options{Paths: []string{dir}, FailOn: "severe"}); !errors.As(err, &ue) {
		t.Errorf("bad fail-on: err %v, want a usage error", err)
	}
	if _, err := Settle(&Options{Paths: []string{dir}, Vars: []string{"novalue"}}); !errors.As(err, &ue) {
		t.Errorf("--var without =: err %v, want a usage error", err)
	}
}

func TestRunQuietAndBaselineWrite(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte("resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := &lint.Check{ID: "aws-ec2-encrypt-volumes", Severity: lint.High, Resources: []string{"aws_ebs_volume"}, Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if a := r.Attr("encrypted"); a.Equals(false) {
				p.Reportf(a, "%s is not encrypted", r.Address)
			}
		}
	}}
	var out bytes.Buffer
	o, err := Run(Options{Paths: []string{dir}, Checks: []*lint.Check{c}, Formats: []string{"compact"}, Quiet: true}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if o.ExitCode() != ExitFindings || !strings.Contains(out.String(), "aws-ec2-encrypt-volumes") {
		t.Fatalf("exit %d, output %q", o.ExitCode(), out.String())
	}
	base := filepath.Join(t.TempDir(), "b.json")
	o, err = Run(Options{Paths: []string{dir}, Checks: []*lint.Check{c}, BaselineWrite: base, Formats: []string{"compact"}}, &out)
	if err != nil || o.ExitCode() != ExitClean {
		t.Fatalf("baseline write: exit %d, %v", o.ExitCode(), err)
	}
	out.Reset()
	o, err = Run(Options{Paths: []string{dir}, Checks: []*lint.Check{c}, Baseline: base, Formats: []string{"compact"}, Quiet: true}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if o.ExitCode() != ExitClean || out.Len() != 0 {
		t.Errorf("baselined and quiet: exit %d, output %q; want 0 and nothing", o.ExitCode(), out.String())
	}
}
