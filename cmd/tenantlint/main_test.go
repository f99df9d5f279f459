package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// bin is the real tenantlint binary, built once for the CLI tests.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tenantlint-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "tenantlint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	args := []string{"build", "-o", bin}
	// TENANTLINT_COVERDIR measures the CLI through the binary the tests run:
	// scripts/cli-coverage.sh sets it and reads the figure with covdata.
	if coverDir := os.Getenv("TENANTLINT_COVERDIR"); coverDir != "" {
		args = append(args, "-cover", "-coverpkg=github.com/tenantlint/tenantlint/...")
		if err := os.Setenv("GOCOVERDIR", coverDir); err != nil {
			panic(err)
		}
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building tenantlint: " + err.Error())
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

func runBin(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	return result{exitCode(t, cmd.Run()), out.String(), errb.String()}
}

// exitCode is the exit status a finished command's error carries; any other
// error fails the test.
func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0
}

// repo copies a fixture tree into a temporary git-like repository root.
func repo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, files)
	return dir
}

const badVolume = `variable "enc" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = var.enc
}
`

func TestScanExamples(t *testing.T) {
	r := runBin(t, "../..", nil, "fixtures/examples")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (findings)\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"fixtures/examples/webapp/main.tf:", "aws-ec2-encrypt-volumes", "aws_ebs_volume.data"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("colour escapes when stdout is not a terminal")
	}
}

func TestExitCodesAndThresholds(t *testing.T) {
	dir := repo(t, map[string]string{"main.tf": badVolume})
	if r := runBin(t, dir, nil, "."); r.code != 1 {
		t.Errorf("findings: exit %d, want 1", r.code)
	}
	if r := runBin(t, dir, nil, "--fail-on", "critical", "."); r.code != 0 {
		t.Errorf("--fail-on critical with a high finding: exit %d, want 0", r.code)
	}
	if r := runBin(t, dir, nil, "--soft-fail", "."); r.code != 0 {
		t.Errorf("--soft-fail: exit %d, want 0", r.code)
	}
	if r := runBin(t, dir, nil, "--var", "enc=true", "."); r.code != 0 {
		t.Errorf("--var enc=true: exit %d, want 0\n%s", r.code, r.stdout)
	}
	if err := os.WriteFile(filepath.Join(dir, "prod.tfvars"), []byte("enc = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runBin(t, dir, nil, "--var-file", "prod.tfvars", "."); r.code != 0 {
		t.Errorf("--var-file: exit %d, want 0", r.code)
	}
	if r := runBin(t, dir, []string{"TF_VAR_enc=true"}, "."); r.code != 0 {
		t.Errorf("TF_VAR_enc: exit %d, want 0", r.code)
	}
	if r := runBin(t, dir, nil, "--exclude", "aws-ec2-*", "."); r.code != 0 {
		t.Errorf("--exclude: exit %d, want 0", r.code)
	}
	if r := runBin(t, dir, nil, "--include", "aws-s3-*", "."); r.code != 0 {
		t.Errorf("--include of another service: exit %d, want 0", r.code)
	}
	if r := runBin(t, dir, nil, "--fail-on", "severe", "."); r.code != 2 {
		t.Errorf("bad --fail-on: exit %d, want 2", r.code)
	}
	if r := runBin(t, dir, nil, "--no-such-flag"); r.code != 2 || !strings.Contains(r.stderr, "--help") {
		t.Errorf("unknown flag: exit %d, want 2 with a hint\n%s", r.code, r.stderr)
	}
	if r := runBin(t, dir, nil, "--format", "text", "--format", "sarif", "."); r.code != 2 {
		t.Errorf("two formats on stdout: exit %d, want 2", r.code)
	}
	if r := runBin(t, dir, nil, "--format", "yaml", "."); r.code != 2 {
		t.Errorf("unknown format: exit %d, want 2", r.code)
	}
	clean := repo(t, map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true\n}\n"})
	if r := runBin(t, clean, nil, "--quiet", "."); r.code != 0 || r.stdout != "" {
		t.Errorf("--quiet on a clean tree: exit %d, output %q", r.code, r.stdout)
	}
	broken := repo(t, map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = \n}\n"})
	if r := runBin(t, broken, nil, "."); r.code != 3 || !strings.Contains(r.stdout+r.stderr, "main.tf:2") {
		t.Errorf("syntax error: exit %d, want 3 naming main.tf:2\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestExitCodes: one meaning per code, and --soft-fail's two strengths.
func TestExitCodes(t *testing.T) {
	mixed := repo(t, map[string]string{
		"bad/main.tf":    badVolume,
		"broken/main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = \n}\n",
	})
	empty := repo(t, map[string]string{"README.md": "no Terraform here\n"})
	onlyVars := repo(t, map[string]string{"variables.tf": "variable \"x\" {}\n"})
	cases := []struct {
		name string
		dir  string
		args []string
		want int
		out  string // in stdout+stderr
	}{
		{"a root with errors: 3, the other root's findings still written", mixed, []string{"--format", "compact", "."}, 3, "aws-ec2-encrypt-volumes"},
		{"--soft-fail leaves 3", mixed, []string{"--soft-fail", "."}, 3, "main.tf:2"},
		{"--soft-fail=all", mixed, []string{"--soft-fail=all", "."}, 0, "aws-ec2-encrypt-volumes"},
		{"--soft-fail on findings only", mixed, []string{"--soft-fail", "bad"}, 0, "aws-ec2-encrypt-volumes"},
		{"--soft-fail=findings", mixed, []string{"--soft-fail=findings", "bad"}, 0, "aws-ec2-encrypt-volumes"},
		{"findings", mixed, []string{"bad"}, 1, "aws-ec2-encrypt-volumes"},
		{"nothing to scan: 2 with a message, not No findings", empty, []string{"."}, 2, "nothing to scan: no Terraform file"},
		{"nothing to scan, --soft-fail leaves 2", empty, []string{"--soft-fail", "."}, 2, "nothing to scan"},
		{"nothing to scan, --soft-fail=all", empty, []string{"--soft-fail=all", "."}, 0, "nothing to scan"},
		{"Terraform without resources is a clean scan", onlyVars, []string{"."}, 0, "No findings"},
		{"a bad --soft-fail value is a usage error", mixed, []string{"--soft-fail=sometimes", "."}, 2, "--help"},
	}
	for _, c := range cases {
		r := runBin(t, c.dir, nil, c.args...)
		if r.code != c.want || !strings.Contains(r.stdout+r.stderr, c.out) {
			t.Errorf("%s: exit %d, want %d with %q\n%s%s", c.name, r.code, c.want, c.out, r.stdout, r.stderr)
		}
		if c.want == 2 && strings.Contains(r.stdout, "No findings") {
			t.Errorf("%s: says No findings:\n%s", c.name, r.stdout)
		}
	}
}

func TestFormatsToFilesAndStdout(t *testing.T) {
	dir := repo(t, map[string]string{"stack/main.tf": badVolume})
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	jsonOut := filepath.Join(t.TempDir(), "out.json")
	r := runBin(t, filepath.Join(dir, "stack"), nil, "--no-color", "--format", "text", "--format", "sarif="+sarif, "--format", "json="+jsonOut, ".")
	if r.code != 1 || !strings.Contains(r.stdout, "aws-ec2-encrypt-volumes") {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					Physical struct {
						Artifact struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("unexpected SARIF: %s", data)
	}
	// Run from a subfolder, the URI is still relative to the repository root.
	if uri := log.Runs[0].Results[0].Locations[0].Physical.Artifact.URI; uri != "stack/main.tf" {
		t.Errorf("SARIF URI %q, want stack/main.tf", uri)
	}
	var js map[string]any
	data, err = os.ReadFile(jsonOut)
	if err != nil || json.Unmarshal(data, &js) != nil {
		t.Errorf("JSON output unreadable: %v", err)
	}
	// --repo-root overrides the git root.
	sarif2 := filepath.Join(t.TempDir(), "out2.sarif")
	runBin(t, dir, nil, "--repo-root", filepath.Join(dir, "stack"), "--format", "sarif="+sarif2, ".")
	data, _ = os.ReadFile(sarif2)
	if !strings.Contains(string(data), `"uri": "main.tf"`) {
		t.Errorf("--repo-root not honoured:\n%s", data)
	}
	// Byte-for-byte identical across runs.
	a := runBin(t, dir, nil, "--format", "sarif", ".")
	b := runBin(t, dir, nil, "--format", "sarif", ".")
	if a.stdout != b.stdout || a.stdout == "" {
		t.Errorf("SARIF differs between runs")
	}
}

func TestColor(t *testing.T) {
	dir := repo(t, map[string]string{"main.tf": badVolume})
	for _, args := range [][]string{{"."}, {"--no-color", "."}} {
		r := runBin(t, dir, []string{"NO_COLOR="}, args...)
		if strings.Contains(r.stdout, "\x1b[") {
			t.Errorf("%v: colour escapes in piped output", args)
		}
	}
}

func TestIgnoresConfigAndBaseline(t *testing.T) {
	dir := repo(t, map[string]string{
		"main.tf": `resource "aws_ebs_volume" "a" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false # tenantlint:ignore:aws-ec2-encrypt-volumes -- scratch space
}

resource "aws_ebs_volume" "b" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = false # tenantlint:ignore:aws-ec2-encrypt-volumes
}
`})
	if r := runBin(t, dir, nil, "."); r.code != 0 {
		t.Errorf("both findings are ignored: exit %d\n%s", r.code, r.stdout)
	}
	if r := runBin(t, dir, nil, "--no-inline-ignores", "."); r.code != 1 {
		t.Errorf("--no-inline-ignores: exit %d, want 1", r.code)
	}
	if r := runBin(t, dir, nil, "--require-reason", "."); r.code == 0 {
		t.Errorf("--require-reason with an ignore lacking a reason must fail")
	}

	plain := repo(t, map[string]string{"main.tf": badVolume})
	base := filepath.Join(t.TempDir(), "baseline.json")
	if r := runBin(t, plain, nil, "--baseline-write", base, "."); r.code != 0 {
		t.Fatalf("--baseline-write: exit %d\n%s", r.code, r.stderr)
	}
	if r := runBin(t, plain, nil, "--baseline", base, "."); r.code != 0 {
		t.Errorf("baselined findings must not fail: exit %d\n%s", r.code, r.stdout)
	}
	// Ten lines above the resource keep it baselined.
	src, _ := os.ReadFile(filepath.Join(plain, "main.tf"))
	if err := os.WriteFile(filepath.Join(plain, "main.tf"), append([]byte(strings.Repeat("\n", 10)), src...), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runBin(t, plain, nil, "--baseline", base, "."); r.code != 0 {
		t.Errorf("a moved finding must stay baselined: exit %d", r.code)
	}

	if err := os.WriteFile(filepath.Join(plain, ".tenantlint.hcl"), []byte("fail_on = \"critical\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runBin(t, plain, nil, "."); r.code != 0 {
		t.Errorf("config fail_on = critical: exit %d, want 0", r.code)
	}
	if r := runBin(t, plain, nil, "--fail-on", "low", "."); r.code != 1 {
		t.Errorf("--fail-on beats the config: exit %d, want 1", r.code)
	}
	cfg := filepath.Join(t.TempDir(), "other.hcl")
	if err := os.WriteFile(cfg, []byte("fail_on = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runBin(t, plain, nil, "--config", cfg, "."); r.code != 2 || !strings.Contains(r.stderr, "other.hcl:1") {
		t.Errorf("a bad config: exit %d, want 2 with file:line\n%s", r.code, r.stderr)
	}
}

func TestSubcommands(t *testing.T) {
	r := runBin(t, ".", nil, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "tenantlint ") {
		t.Errorf("version: %d %q", r.code, r.stdout)
	}
	r = runBin(t, ".", nil, "checks")
	if r.code != 0 || !strings.Contains(r.stdout, "aws-ec2-encrypt-volumes") {
		t.Errorf("checks: %d\n%s", r.code, r.stdout)
	}
	r = runBin(t, ".", nil, "checks", "--format", "json")
	var list []map[string]any
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &list) != nil || len(list) == 0 {
		t.Errorf("checks --format json: %d\n%s", r.code, r.stdout)
	}
	r = runBin(t, ".", nil, "checks", "--format", "markdown")
	want, _ := os.ReadFile("../../docs/checks.md")
	if r.code != 0 || r.stdout != string(want) {
		t.Errorf("checks --format markdown differs from docs/checks.md")
	}
	r = runBin(t, ".", nil, "explain", "aws-ec2-encrypt-volumes")
	if r.code != 0 || !strings.Contains(r.stdout, "## How to fix it") {
		t.Errorf("explain: %d\n%s", r.code, r.stdout)
	}
	if r = runBin(t, ".", nil, "explain", "nope"); r.code != 2 {
		t.Errorf("explain of an unknown check: exit %d, want 2", r.code)
	}
	for _, args := range [][]string{{"--help"}, {"checks", "--help"}, {"explain", "--help"}, {"version", "--help"}} {
		if r = runBin(t, ".", nil, args...); r.code != 0 || !strings.Contains(r.stdout, "Usage:") {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stdout)
		}
	}
}

// TestColorOnTerminal runs the binary on a pseudo-terminal (util-linux
// script): colour there, none with NO_COLOR or --no-color.
func TestColorOnTerminal(t *testing.T) {
	scriptBin, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script(1) to give the binary a terminal")
	}
	dir := repo(t, map[string]string{"main.tf": badVolume})
	onTTY := func(env []string, args string) string {
		cmd := exec.Command(scriptBin, "-qec", bin+" "+args+" .", "/dev/null")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	if out := onTTY([]string{"NO_COLOR="}, ""); !strings.Contains(out, "\x1b[") {
		t.Errorf("no colour on a terminal:\n%q", out)
	}
	if out := onTTY([]string{"NO_COLOR=1"}, ""); strings.Contains(out, "\x1b[") {
		t.Errorf("colour despite NO_COLOR")
	}
	if out := onTTY([]string{"NO_COLOR="}, "--no-color"); strings.Contains(out, "\x1b[") {
		t.Errorf("colour despite --no-color")
	}
}

// TestUndecidedTurnsWithVar: without a value for var.enc the check cannot
// decide and says why; --var turns the line into a finding or a pass.
func TestUndecidedTurnsWithVar(t *testing.T) {
	dir := repo(t, map[string]string{"main.tf": "variable \"enc\" {\n  type = bool\n}\n\nresource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 8\n  encrypted         = var.enc\n}\n"})
	r := runBin(t, dir, nil, ".")
	if r.code != 0 || !strings.Contains(r.stdout, "1 check could not decide on 1 resource: run with --show-unknown") {
		t.Errorf("no value: exit %d, want 0 with the summary line\n%s", r.code, r.stdout)
	}
	r = runBin(t, dir, nil, "--show-unknown", ".")
	if !strings.Contains(r.stdout, "main.tf:8:23  aws-ec2-encrypt-volumes  aws_ebs_volume.v.encrypted: no value for var.enc") {
		t.Errorf("--show-unknown does not list the decision with its reason:\n%s", r.stdout)
	}
	r = runBin(t, dir, nil, "--format", "json", ".")
	if !strings.Contains(r.stdout, `"kind": "no-value"`) || !strings.Contains(r.stdout, `"subject": "var.enc"`) {
		t.Errorf("JSON lacks the undecided decision:\n%s", r.stdout)
	}
	r = runBin(t, dir, nil, "--format", "sarif", ".")
	if !strings.Contains(r.stdout, "could not decide on aws_ebs_volume.v.encrypted: no value for var.enc") || strings.Contains(r.stdout, `"ruleId"`) {
		t.Errorf("SARIF: want a notification and no result:\n%s", r.stdout)
	}
	if r := runBin(t, dir, nil, "--var", "enc=false", "--format", "compact", "."); r.code != 1 || !strings.Contains(r.stdout, "main.tf:8:23") {
		t.Errorf("--var enc=false: exit %d, want the finding\n%s", r.code, r.stdout)
	}
	if r := runBin(t, dir, nil, "--var", "enc=true", "."); r.code != 0 || strings.Contains(r.stdout, "could not decide") {
		t.Errorf("--var enc=true: exit %d, want a pass with nothing undecided\n%s", r.code, r.stdout)
	}
}
