package scan

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
)

const planFixture = "../../fixtures/plan/basic"

var planChecks = []string{"aws-s3-enable-versioning", "aws-rds-encrypt-storage", "aws-rds-no-public-access"}

type planFinding struct {
	Rule        string `json:"rule_id"`
	Address     string `json:"address"`
	File        string `json:"file"`
	Line        int    `json:"start_line"`
	Message     string `json:"message"`
	Status      string `json:"status"`
	Fingerprint string `json:"fingerprint"`
	Instances   []struct {
		Address string `json:"address"`
	} `json:"instances"`
}

// runPlanScan scans and returns the findings as "rule address file:line",
// one per instance, and the JSON report.
func runPlanScan(t *testing.T, o Options) ([]string, []planFinding, string) {
	t.Helper()
	o.Checks, o.Include, o.Formats = checks.All, planChecks, []string{"json"}
	o.Now = time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)
	var out bytes.Buffer
	if _, err := Run(o, &out); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Findings []planFinding `json:"findings"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	var keys []string
	for _, f := range rep.Findings {
		for _, in := range f.Instances {
			keys = append(keys, f.Rule+" "+in.Address+" "+filepath.Base(f.File)+":"+itoa(f.Line)+" "+f.Status)
		}
	}
	slices.Sort(keys)
	return keys, rep.Findings, out.String()
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestPlanModes(t *testing.T) {
	planFile := filepath.Join(planFixture, "plan.json")
	atCall := []string{
		"aws-rds-encrypt-storage module.legacy_db.module.db_instance.aws_db_instance.this[0] main.tf:56 open",
		"aws-rds-no-public-access module.legacy_db.module.db_instance.aws_db_instance.this[0] main.tf:56 open",
	}
	onSource := append([]string{
		"aws-rds-encrypt-storage aws_db_instance.main main.tf:45 open",
		`aws-s3-enable-versioning aws_s3_bucket_versioning.data["a"] main.tf:34 open`,
		`aws-s3-enable-versioning aws_s3_bucket_versioning.data["b"] main.tf:34 open`,
	}, atCall...)
	slices.Sort(onSource)

	t.Run("source only", func(t *testing.T) {
		// The variables are the CI's: without the plan nothing is decided.
		got, _, _ := runPlanScan(t, Options{Paths: []string{planFixture}})
		if len(got) != 0 {
			t.Errorf("source only: %v", got)
		}
	})
	t.Run("hybrid", func(t *testing.T) {
		got, fs, out := runPlanScan(t, Options{Paths: []string{planFixture}, Plan: planFile})
		if !slices.Equal(got, onSource) {
			t.Errorf("hybrid:\n got %q\nwant %q", got, onSource)
		}
		for _, f := range fs {
			if strings.Contains(f.Address, "legacy_db") && !strings.Contains(f.Message, "planned resource "+f.Address) {
				t.Errorf("a finding at the module call does not name the resource: %q", f.Message)
			}
		}
		if strings.Contains(out, "hunter2") {
			t.Error("the sensitive password of the plan is in the report")
		}
	})
	t.Run("plan given as a path, source beside it", func(t *testing.T) {
		got, _, _ := runPlanScan(t, Options{Paths: []string{planFile}})
		if !slices.Equal(got, onSource) {
			t.Errorf("plan path:\n got %q\nwant %q", got, onSource)
		}
	})
	t.Run("plan only", func(t *testing.T) {
		dir := t.TempDir()
		data, err := os.ReadFile(planFile)
		if err != nil {
			t.Fatal(err)
		}
		alone := filepath.Join(dir, "tfplan.json")
		if err := os.WriteFile(alone, data, 0o600); err != nil {
			t.Fatal(err)
		}
		got, _, out := runPlanScan(t, Options{Paths: []string{alone}, RepoRoot: dir})
		want := []string{
			"aws-rds-encrypt-storage aws_db_instance.main tfplan.json:14 open",
			"aws-rds-encrypt-storage module.legacy_db.module.db_instance.aws_db_instance.this[0] tfplan.json:145 open",
			"aws-rds-no-public-access module.legacy_db.module.db_instance.aws_db_instance.this[0] tfplan.json:145 open",
			`aws-s3-enable-versioning aws_s3_bucket_versioning.data["a"] tfplan.json:57 open`,
			`aws-s3-enable-versioning aws_s3_bucket_versioning.data["b"] tfplan.json:72 open`,
		}
		if !slices.Equal(got, want) {
			t.Errorf("plan only:\n got %q\nwant %q", got, want)
		}
		if strings.Contains(out, "hunter2") {
			t.Error("the sensitive password of the plan is in the report")
		}
	})
}

// TestPlanFingerprintsAndIgnores: a finding keeps its fingerprint whether
// the plan is scanned with the source as PATH (hybrid) or beside it (plan
// values on source lines), and an ignore comment in the source silences it
// in both.
func TestPlanFingerprintsAndIgnores(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, planFixture, dir)
	main := filepath.Join(dir, "main.tf")
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	src = bytes.Replace(src, []byte("storage_encrypted   = var.encrypted"),
		[]byte("storage_encrypted   = var.encrypted # tenantlint:ignore:aws-rds-encrypt-storage -- test data"), 1)
	if err := os.WriteFile(main, src, 0o600); err != nil {
		t.Fatal(err)
	}
	planFile := filepath.Join(dir, "plan.json")
	_, hybrid, _ := runPlanScan(t, Options{Paths: []string{dir}, Plan: planFile, RepoRoot: dir})
	_, beside, _ := runPlanScan(t, Options{Paths: []string{planFile}, RepoRoot: dir})
	fp := func(fs []planFinding) map[string]string {
		out := map[string]string{}
		for _, f := range fs {
			out[f.Rule+" "+f.Address] = f.Fingerprint + " " + f.Status
		}
		return out
	}
	h, b := fp(hybrid), fp(beside)
	if len(h) != 4 || len(b) != 4 {
		t.Fatalf("want 4 findings each: %v %v", h, b)
	}
	for k, v := range h {
		if b[k] != v {
			t.Errorf("%s: hybrid %s, plan beside source %s", k, v, b[k])
		}
	}
	if !strings.HasSuffix(h["aws-rds-encrypt-storage aws_db_instance.main"], " suppressed") {
		t.Errorf("the ignore comment did not suppress: %v", h)
	}
	// plan = in the configuration file found in the tree does as --plan.
	if err := os.WriteFile(filepath.Join(dir, ".tenantlint.hcl"), []byte("plan = \"plan.json\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, configured, _ := runPlanScan(t, Options{Paths: []string{dir}, RepoRoot: dir})
	if c := fp(configured); len(c) != len(h) {
		t.Errorf("plan in .tenantlint.hcl: %v, want %v", c, h)
	}
}

func TestBadPlanFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(planFixture, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.json")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // 200 MB, sparse
		t.Fatal(err)
	}
	_ = f.Close()
	for _, c := range []struct {
		name, path, want string
	}{
		{"truncated", write("cut.json", good[:len(good)/2]), "ends before it is complete"},
		{"wrong version", write("v2.json", bytes.Replace(good, []byte(`"format_version": "1.2"`), []byte(`"format_version": "2.0"`), 1)), "unsupported plan format version"},
		{"no version", write("nov.json", []byte(`{"planned_values": {}}`)), "no format_version"},
		{"binary plan", write("tf.plan", []byte("PK\x03\x04\x14\x00binary")), "terraform show -json"},
		{"not an object", write("list.json", []byte(`[1, 2]`)), "does not start with '{'"},
		{"bad JSON", write("bad.json", []byte("{\n\"format_version\": \"1.2\",\n oops}")), "not valid JSON at line 3"},
		{"wrong types", write("types.json", []byte(`{"format_version": "1.2", "resource_changes": {"a": 1}}`)), "not plan JSON"},
		{"200 MB", huge, "larger than 64 MiB"},
		{"missing", filepath.Join(dir, "absent.json"), "no such file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Run(Options{Paths: []string{dir}, Plan: c.path, Checks: checks.All, Formats: []string{"json"}}, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) {
				t.Errorf("error %v: want one naming %s that says %q", err, c.path, c.want)
			}
		})
	}
}
