package output

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// testChecks stand in for real checks: lint and its packages never import
// provider code.
var testChecks = []*lint.Check{
	{
		ID: "aws-ec2-encrypt-volumes", Title: "EBS volume is not encrypted", Severity: lint.High, Domain: lint.Data, Model: lint.IaaS,
		Description: "Unencrypted volumes and their snapshots can be read by whoever gets a copy.",
		Remediation: "Set encrypted = true.",
		Links:       []string{"https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"},
		Resources:   []string{"aws_ebs_volume"},
		Run: func(p *lint.Pass) {
			for _, r := range p.Resources() {
				if on, ok := r.Attr("encrypted").BoolOr(false); ok && !on {
					p.Reportf(r.Attr("encrypted"), "EBS volume %s is not encrypted", r.Address)
				}
			}
		},
	},
	{
		ID: "aws-s3-enable-versioning", Title: "S3 bucket has no versioning", Severity: lint.Medium, Domain: lint.Data, Model: lint.SaaS,
		Description: "Without versioning an overwrite or a delete cannot be undone.",
		Remediation: "Add an aws_s3_bucket_versioning with status = \"Enabled\".",
		Links:       []string{"https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"},
		Resources:   []string{"aws_s3_bucket"},
		Run: func(p *lint.Pass) {
			for _, r := range p.Resources() {
				p.Reportf(r, "S3 bucket %s has no versioning", r.Address)
			}
		},
	},
}

// buildReport scans a project the way the CLI does: load, run, suppress
// (at a fixed date), then mark the findings of legacy as baselined.
func buildReport(t *testing.T, dir string) *Report {
	t.Helper()
	res := load.Load([]string{dir}, load.Options{})
	findings, diags := lint.Run(res.Modules, testChecks)
	diags = append(diags, res.Diagnostics...)
	for _, f := range findings {
		f.Status = lint.Open
	}
	ignores, d := lint.IgnoresIn(res.Sources)
	diags = append(diags, d...)
	diags = append(diags, lint.Suppress(findings, ignores, lint.SuppressOptions{Now: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)})...)
	for _, f := range findings {
		if f.Address == "aws_ebs_volume.legacy" {
			f.Status = lint.Baselined
		}
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return &Report{
		Tool:        Tool{Name: "tenantlint", Version: "dev", InformationURI: "https://github.com/tenantlint/tenantlint"},
		Checks:      testChecks,
		Findings:    findings,
		Diagnostics: lint.SortDiagnostics(diags),
		Modules:     res.Modules,
		Sources:     res.Sources,
		RepoRoot:    root,
	}
}

func render(t *testing.T, format string, r *Report) []byte {
	t.Helper()
	w, ok := Lookup(format)
	if !ok {
		t.Fatalf("no writer for %s", format)
	}
	var b bytes.Buffer
	if err := w(&b, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	r := buildReport(t, filepath.Join("testdata", "project"))
	statuses := map[lint.Status]int{}
	for _, f := range r.Findings {
		statuses[f.Status]++
	}
	if statuses[lint.Open] < 3 || statuses[lint.Suppressed] != 1 || statuses[lint.Baselined] != 1 {
		t.Fatalf("the fixture should give open, suppressed and baselined findings: %v", statuses)
	}
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, r)
			if again := render(t, format, r); !bytes.Equal(got, again) {
				t.Errorf("%s output differs between two runs", format)
			}
			golden := filepath.Join("testdata", format+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./lint/output -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test ./lint/output -update and review the diff):\n%s", format, golden, got)
			}
		})
	}
}

func TestSARIFSchema(t *testing.T) {
	r := buildReport(t, filepath.Join("testdata", "project"))
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(render(t, "sarif", r)))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("SARIF does not match the 2.1.0 schema: %v", err)
	}
}

// fingerprints maps each finding's address to its SARIF partial fingerprint.
func fingerprints(t *testing.T, sarifLog []byte) map[string]string {
	t.Helper()
	var log struct {
		Runs []struct {
			Results []struct {
				Fingerprints map[string]string `json:"partialFingerprints"`
				Locations    []struct {
					Logical []struct {
						Name string `json:"fullyQualifiedName"`
					} `json:"logicalLocations"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(sarifLog, &log); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, res := range log.Runs[0].Results {
		out[res.Locations[0].Logical[0].Name] = res.Fingerprints[FingerprintKey]
	}
	return out
}

func TestFingerprintsSurviveMoves(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("testdata", "project", "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(content []byte) {
		if err := os.WriteFile(filepath.Join(dir, "main.tf"), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(src)
	before := fingerprints(t, render(t, "sarif", buildReport(t, dir)))
	write(append([]byte(strings.Repeat("# moved down\n", 10)), src...))
	after := fingerprints(t, render(t, "sarif", buildReport(t, dir)))
	if len(before) == 0 {
		t.Fatal("no findings")
	}
	for addr, fp := range before {
		if after[addr] != fp {
			t.Errorf("%s: fingerprint changed when the block moved down ten lines", addr)
		}
	}
}

func TestRelPath(t *testing.T) {
	root := t.TempDir()
	if got := RelPath(root, filepath.Join(root, "a", "main.tf")); got != "a/main.tf" {
		t.Errorf("RelPath = %q", got)
	}
	if got := RelPath(filepath.Join(root, "sub"), filepath.Join(root, "x.tf")); !strings.HasSuffix(got, "/x.tf") || !strings.HasPrefix(got, "/") {
		t.Errorf("outside the root a path stays absolute, got %q", got)
	}
}
