package output

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tenantlint/tenantlint/lint"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func render(t *testing.T, format string, r *Report) []byte {
	t.Helper()
	w, ok := Lookup(format)
	if !ok {
		t.Fatalf("no writer for %q", format)
	}
	var b bytes.Buffer
	if err := w(&b, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func TestFormats(t *testing.T) {
	want := []string{"checkstyle", "compact", "github", "json", "junit", "sarif", "text"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
	if _, ok := Lookup("html"); ok {
		t.Error("Lookup(html) found a writer")
	}
}

func TestGolden(t *testing.T) {
	r := testReport(t, 0)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, r)
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
				t.Errorf("output differs from %s (run go test ./lint/output -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

// Two renderings of the same report, and of two reports built alike, are
// byte for byte the same: no clock, no map order.
func TestDeterministic(t *testing.T) {
	for _, format := range Formats() {
		a := testReport(t, 0)
		b := testReport(t, 0)
		a.Color, b.Color = true, true
		first := render(t, format, a)
		for i := 0; i < 5; i++ {
			if again := render(t, format, a); !bytes.Equal(first, again) {
				t.Fatalf("%s: two runs over one report differ", format)
			}
			if other := render(t, format, b); !bytes.Equal(first, other) {
				t.Fatalf("%s: two equal reports render differently", format)
			}
		}
	}
}

func TestSARIFSchema(t *testing.T) {
	schema, err := jsonschema.NewCompiler().Compile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*Report{"full": testReport(t, 0), "empty": {Tool: Tool{Name: "tenantlint"}, RepoRoot: testRoot}} {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(render(t, "sarif", r)))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("%s: SARIF does not match the 2.1.0 schema: %v", name, err)
		}
	}
}

// sarifLog is the part of a SARIF log the tests look at.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Version         string `json:"version"`
				SemanticVersion string `json:"semanticVersion"`
				Rules           []struct {
					ID         string `json:"id"`
					Properties struct {
						SecuritySeverity any      `json:"security-severity"`
						Tags             []string `json:"tags"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Results []struct {
			RuleID        string            `json:"ruleId"`
			RuleIndex     int               `json:"ruleIndex"`
			Fingerprints  map[string]string `json:"partialFingerprints"`
			BaselineState string            `json:"baselineState"`
			Suppressions  []struct {
				Kind          string `json:"kind"`
				Justification string `json:"justification"`
			} `json:"suppressions"`
			Locations []struct {
				Physical struct {
					Artifact struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
						Snippet   struct {
							Text string `json:"text"`
						} `json:"snippet"`
					} `json:"region"`
				} `json:"physicalLocation"`
				Logical []struct {
					Name string `json:"fullyQualifiedName"`
					Kind string `json:"kind"`
				} `json:"logicalLocations"`
			} `json:"locations"`
			Related []struct {
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"relatedLocations"`
		} `json:"results"`
		Invocations []struct {
			Success       bool `json:"executionSuccessful"`
			Notifications []struct {
				Level string `json:"level"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

func parseSARIF(t *testing.T, data []byte) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

func TestSARIFContent(t *testing.T) {
	r := testReport(t, 0)
	run := parseSARIF(t, render(t, "sarif", r)).Runs[0]
	d := run.Tool.Driver
	if d.Version != "0.0.0-dev" || d.SemanticVersion != "0.0.0-dev" {
		t.Errorf("version %q, semanticVersion %q", d.Version, d.SemanticVersion)
	}
	if len(d.Rules) != len(r.Checks) {
		t.Fatalf("%d rules, want every check (%d)", len(d.Rules), len(r.Checks))
	}
	for i, rule := range d.Rules {
		if rule.ID != r.Checks[i].ID {
			t.Errorf("rule %d is %s, want %s", i, rule.ID, r.Checks[i].ID)
		}
		if _, ok := rule.Properties.SecuritySeverity.(string); !ok {
			t.Errorf("%s: security-severity is %T, want a string", rule.ID, rule.Properties.SecuritySeverity)
		}
		if len(rule.Properties.Tags) == 0 || rule.Properties.Tags[0] != "security" || len(rule.Properties.Tags) > 10 {
			t.Errorf("%s: tags %v", rule.ID, rule.Properties.Tags)
		}
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///src/infra/" {
		t.Errorf("%%SRCROOT%% is %q", got)
	}
	if len(run.Results) != len(r.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(r.Findings))
	}
	for i, res := range run.Results {
		f := r.Findings[i]
		if res.RuleID != f.Check.ID || d.Rules[res.RuleIndex].ID != f.Check.ID {
			t.Errorf("result %d: ruleId %s, ruleIndex %d", i, res.RuleID, res.RuleIndex)
		}
		loc := res.Locations[0]
		if loc.Physical.Artifact.URIBaseID != "%SRCROOT%" || strings.HasPrefix(loc.Physical.Artifact.URI, "/") {
			t.Errorf("result %d: uri %q base %q", i, loc.Physical.Artifact.URI, loc.Physical.Artifact.URIBaseID)
		}
		if loc.Physical.Region.Snippet.Text == "" {
			t.Errorf("result %d: no snippet", i)
		}
		if len(loc.Logical) != 1 || loc.Logical[0].Name != f.Address || loc.Logical[0].Kind != "resource" {
			t.Errorf("result %d: logical locations %v", i, loc.Logical)
		}
		calls := 0
		for _, in := range instancesOf(f) {
			calls += len(in.ModuleCalls)
		}
		if len(res.Related) != calls+len(f.Related) {
			t.Errorf("result %d: %d related locations, want %d module calls and %d related", i, len(res.Related), calls, len(f.Related))
		}
		if len(res.Fingerprints[FingerprintKey]) != 64 {
			t.Errorf("result %d: fingerprint %q", i, res.Fingerprints[FingerprintKey])
		}
		wantState := map[lint.Status]string{lint.Open: "new", lint.Suppressed: "new", lint.Baselined: "unchanged"}[f.Status]
		if res.BaselineState != wantState {
			t.Errorf("result %d (%s): baselineState %q, want %q", i, f.Status, res.BaselineState, wantState)
		}
		suppressed := len(res.Suppressions) == 1 && res.Suppressions[0].Kind == "inSource" && res.Suppressions[0].Justification == f.Justification
		if suppressed != (f.Status == lint.Suppressed) {
			t.Errorf("result %d (%s): suppressions %v", i, f.Status, res.Suppressions)
		}
	}
	inv := run.Invocations[0]
	if !inv.Success || len(inv.Notifications) != 4 {
		t.Errorf("invocation: success %v, %d notifications (want 3 diagnostics, debug left out, and 1 undecided)", inv.Success, len(inv.Notifications))
	}

	// A check that panicked makes the run unsuccessful.
	r.Diagnostics = append(r.Diagnostics, lint.Diagnostic{Severity: lint.DiagError, Summary: "internal error in check aws-ec2-encrypt-volumes on module .: boom"})
	if parseSARIF(t, render(t, "sarif", r)).Runs[0].Invocations[0].Success {
		t.Error("executionSuccessful is true after an internal error")
	}
	// Without a baseline no result claims a baseline state.
	r = testReport(t, 0)
	for _, f := range r.Findings {
		if f.Status == lint.Baselined {
			f.Status = lint.Open
		}
	}
	for i, res := range parseSARIF(t, render(t, "sarif", r)).Runs[0].Results {
		if res.BaselineState != "" {
			t.Errorf("result %d: baselineState %q without a baseline", i, res.BaselineState)
		}
	}
	// Compared with a baseline (or a revision) that none of them is in:
	// every result is new.
	r.Compared = true
	for i, res := range parseSARIF(t, render(t, "sarif", r)).Runs[0].Results {
		if res.BaselineState != "new" {
			t.Errorf("result %d: baselineState %q after a comparison, want new", i, res.BaselineState)
		}
	}
}

// Moving every block down ten lines changes the lines in the output but not a
// single fingerprint, in SARIF or in JSON.
func TestFingerprintsSurviveMoves(t *testing.T) {
	type key struct{ rule, file, address string }
	sarifPrints := func(r *Report) (map[key]string, map[key]int) {
		prints, lines := map[key]string{}, map[key]int{}
		for _, res := range parseSARIF(t, render(t, "sarif", r)).Runs[0].Results {
			loc := res.Locations[0]
			k := key{res.RuleID, loc.Physical.Artifact.URI, loc.Logical[0].Name}
			prints[k] = res.Fingerprints[FingerprintKey]
			lines[k] = loc.Physical.Region.StartLine
		}
		return prints, lines
	}
	jsonPrints := func(r *Report) map[key]string {
		var doc struct {
			Findings []struct {
				RuleID      string `json:"rule_id"`
				File        string `json:"file"`
				Address     string `json:"address"`
				Fingerprint string `json:"fingerprint"`
			} `json:"findings"`
		}
		if err := json.Unmarshal(render(t, "json", r), &doc); err != nil {
			t.Fatal(err)
		}
		out := map[key]string{}
		for _, f := range doc.Findings {
			out[key{f.RuleID, f.File, f.Address}] = f.Fingerprint
		}
		return out
	}
	before, beforeLines := sarifPrints(testReport(t, 0))
	after, afterLines := sarifPrints(testReport(t, 10))
	if len(before) != len(testReport(t, 0).Findings) {
		t.Fatalf("%d distinct results", len(before))
	}
	for k, fp := range before {
		if afterLines[k] != beforeLines[k]+10 {
			t.Errorf("%v: line %d after the move, want %d", k, afterLines[k], beforeLines[k]+10)
		}
		if after[k] != fp {
			t.Errorf("%v: SARIF fingerprint changed when the block moved down ten lines", k)
		}
	}
	jb, ja := jsonPrints(testReport(t, 0)), jsonPrints(testReport(t, 10))
	for k, fp := range jb {
		if ja[k] != fp || fp != before[k] {
			t.Errorf("%v: JSON fingerprint %q after the move %q, SARIF %q", k, fp, ja[k], before[k])
		}
	}
}

func TestRelPath(t *testing.T) {
	root := t.TempDir()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ root, file, want string }{
		{root, filepath.Join(root, "a", "main.tf"), "a/main.tf"},
		{root, filepath.Join(root, "..x", "main.tf"), "..x/main.tf"},
		{wd, filepath.Join("testdata", "x.tf"), "testdata/x.tf"},
		{filepath.Dir(wd), "x.tf", filepath.Base(wd) + "/x.tf"},
		{filepath.Join(root, "sub"), filepath.Join(root, "x.tf"), filepath.ToSlash(filepath.Join(root, "x.tf"))},
		{root, "", ""},
	} {
		if got := RelPath(tc.root, tc.file); got != tc.want {
			t.Errorf("RelPath(%q, %q) = %q, want %q", tc.root, tc.file, got, tc.want)
		}
	}
}

func TestTextColor(t *testing.T) {
	r := testReport(t, 0)
	if plain := render(t, "text", r); bytes.Contains(plain, []byte("\x1b[")) {
		t.Error("colour escapes with Color off")
	}
	r.Color = true
	colored := render(t, "text", r)
	if !bytes.Contains(colored, []byte("\x1b[")) {
		t.Error("no colour escapes with Color on")
	}
	// Only the styling differs.
	stripped := regexpANSI.ReplaceAll(colored, nil)
	r.Color = false
	if plain := render(t, "text", r); !bytes.Equal(stripped, plain) {
		t.Errorf("coloured text without its escapes differs from plain text:\n%s", stripped)
	}
}

func TestTextHidesSuppressedAndBaselined(t *testing.T) {
	out := string(render(t, "text", testReport(t, 0)))
	for _, hidden := range []string{"aws_ebs_volume.scratch", "aws_ebs_volume.legacy"} {
		if strings.Contains(out, hidden) {
			t.Errorf("text shows %s", hidden)
		}
	}
	if !strings.Contains(out, "1 suppressed, 1 baselined") {
		t.Errorf("text does not count the hidden findings:\n%s", out)
	}
}

func TestGitHubEscapes(t *testing.T) {
	if got := ghProp.Replace("a,b:c%d\r\ne"); got != "a%2Cb%3Ac%25d%0D%0Ae" {
		t.Errorf("property escape: %q", got)
	}
	if got := ghData.Replace("a,b:c%d\r\ne"); got != "a,b:c%25d%0D%0Ae" {
		t.Errorf("data escape: %q", got)
	}
}

func TestSummary(t *testing.T) {
	s := Summarize(testReport(t, 0))
	if s.Open != 5 || s.Suppressed != 1 || s.Baselined != 1 {
		t.Errorf("open %d suppressed %d baselined %d", s.Open, s.Suppressed, s.Baselined)
	}
	if s.BySeverity != (SeverityCounts{Critical: 1, High: 2, Medium: 1, Low: 1}) {
		t.Errorf("by severity %+v", s.BySeverity)
	}
	// 7 volumes, 1 rule, 2 buckets and a policy document; not the versioning
	// resource or the VPC, which no check reads.
	if s.ResourcesInspected != 11 || s.ChecksRun != 6 {
		t.Errorf("%d resources inspected by %d checks", s.ResourcesInspected, s.ChecksRun)
	}
	want := map[string][2]int{
		"identity": {1, 0}, "data": {9, 3}, "network": {1, 1}, "configuration": {0, 0},
		"logging": {2, 1}, "application": {0, 0}, "response": {0, 0},
		"IaaS": {8, 3}, "PaaS": {0, 0}, "SaaS": {3, 2},
	}
	for _, row := range append(s.ByDomain, s.ByModel...) {
		if got := [2]int{row.ResourcesInspected, row.OpenFindings}; got != want[row.Name] {
			t.Errorf("%s: %d inspected, %d open; want %v", row.Name, got[0], got[1], want[row.Name])
		}
	}
	if len(s.ByDomain) != len(lint.Domains) || len(s.ByModel) != len(lint.Models) {
		t.Errorf("%d domains, %d models", len(s.ByDomain), len(s.ByModel))
	}
}

// Every member name in the JSON report is documented in docs/json-format.md.
func TestJSONFieldsDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "json-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	var report any
	if err := json.Unmarshal(render(t, "json", testReport(t, 0)), &report); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, sub := range x {
				if !bytes.Contains(doc, []byte("`"+k+"`")) && !bytes.Contains(doc, []byte(`"`+k+`"`)) {
					t.Errorf("JSON member %q is not in docs/json-format.md", k)
				}
				walk(sub)
			}
		case []any:
			for _, sub := range x {
				walk(sub)
			}
		}
	}
	walk(report)
}
