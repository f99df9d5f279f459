package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func jobSummary(t *testing.T, data []byte, opts JobSummaryOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJobSummary(&b, data, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJobSummaryGolden(t *testing.T) {
	data := render(t, "json", testReport(t, 0))
	got := []byte(jobSummary(t, data, JobSummaryOptions{BlobURL: "https://github.com/acme/infra/blob/0123abc/"}))
	golden := filepath.Join("testdata", "job-summary.golden")
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
		t.Errorf("job summary differs from %s (run go test ./lint/output -update and review the diff):\n%s", golden, got)
	}
}

// syntheticReport is a JSON report with the given open findings per severity.
func syntheticReport(t *testing.T, counts map[string]int, message, file string) []byte {
	t.Helper()
	rep := jsonReport{SchemaVersion: JSONSchemaVersion, Findings: []jsonFinding{}, Diagnostics: []jsonDiagnostic{}}
	for _, sev := range []string{"critical", "high", "medium", "low"} {
		for i := range counts[sev] {
			rep.Findings = append(rep.Findings, jsonFinding{
				RuleID: "aws-s3-" + sev, Severity: sev, Domain: "data", Message: message, Status: "open",
				jsonLocation: jsonLocation{File: file, StartLine: i + 1},
			})
			switch sev {
			case "critical":
				rep.Summary.BySeverity.Critical++
			case "high":
				rep.Summary.BySeverity.High++
			case "medium":
				rep.Summary.BySeverity.Medium++
			case "low":
				rep.Summary.BySeverity.Low++
			}
		}
	}
	rep.Summary.ByDomain = []ResponsibilityRow{{Name: "data", OpenFindings: len(rep.Findings)}, {Name: "logging"}}
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestJobSummaryAnnotationLimits(t *testing.T) {
	// 6 critical + 6 high = 12 errors, 11 medium warnings, 30 low notices.
	data := syntheticReport(t, map[string]int{"critical": 6, "high": 6, "medium": 11, "low": 30}, "m", "main.tf")
	got := jobSummary(t, data, JobSummaryOptions{Top: 5})
	for _, want := range []string{
		"2 of 12 error annotations and 1 of 11 warning annotations are not shown on the diff",
		"### Top 5 findings",
		"48 more findings in the SARIF report",
		"| data | 53 |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "| logging |") {
		t.Errorf("a domain without findings is listed:\n%s", got)
	}
	// The table is most severe first.
	if i, j := strings.Index(got, "| critical | [`aws-s3-critical`]"), strings.Index(got, "| high | [`aws-s3-high`]"); i < 0 || j >= 0 {
		t.Errorf("top 5 of 6 critical findings should be critical only:\n%s", got)
	}

	// Exactly at the limits: no note.
	data = syntheticReport(t, map[string]int{"high": 10, "medium": 10, "low": 50}, "m", "main.tf")
	if got := jobSummary(t, data, JobSummaryOptions{}); strings.Contains(got, "[!NOTE]") {
		t.Errorf("10 errors and 10 warnings are all shown, yet a note:\n%s", got)
	}
}

func TestJobSummaryHostile(t *testing.T) {
	msg := "x | y\n## Heading <img src=x onerror=alert(1)> [click](https://evil.example) ![i](https://evil.example/i.png) @admin `code` \x1b[31m\u202e"
	data := syntheticReport(t, map[string]int{"high": 1}, msg, "dir (1)/a b#c.tf")
	got := jobSummary(t, data, JobSummaryOptions{BlobURL: "https://github.com/o/r/blob/sha"})
	row := ""
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, "| high | ") {
			row = l
		}
	}
	if row == "" {
		t.Fatalf("no finding row:\n%s", got)
	}
	for _, bad := range []string{"<img", "](https://evil", "![", "@admin", "\x1b", "\u202e", "\n## "} {
		if strings.Contains(got, bad) {
			t.Errorf("summary contains %q:\n%s", bad, got)
		}
	}
	// One row, four cells: the message's '|' and newline do not split it.
	if n := strings.Count(strings.ReplaceAll(row, "\\|", ""), "|"); n != 5 {
		t.Errorf("row has %d cell separators, want 5: %s", n, row)
	}
	if !strings.Contains(row, "(https://github.com/o/r/blob/sha/dir%20%281%29/a%20b%23c.tf#L1)") {
		t.Errorf("link to the line not encoded: %s", row)
	}

	// A base URL that is not http(s), or a path that leaves the repository,
	// gives no link.
	for _, c := range []struct{ blob, file string }{
		{"javascript:alert(1)", "main.tf"},
		{"https://github.com/o/r/blob/sha", "../outside.tf"},
		{"https://github.com/o/r/blob/sha", "/etc/passwd"},
	} {
		got := jobSummary(t, syntheticReport(t, map[string]int{"high": 1}, "m", c.file), JobSummaryOptions{BlobURL: c.blob})
		if strings.Contains(got, "#L1)") || strings.Contains(got, "javascript") {
			t.Errorf("%+v: linked anyway:\n%s", c, got)
		}
	}
}

func TestJobSummaryRefusesOtherInput(t *testing.T) {
	for _, in := range []string{"", "{", `{"schema_version":"99"}`, "[]"} {
		if err := WriteJobSummary(&bytes.Buffer{}, []byte(in), JobSummaryOptions{}); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
	clean := fmt.Sprintf(`{"schema_version":%q,"findings":[],"diagnostics":[],"summary":{}}`, JSONSchemaVersion)
	if got := jobSummary(t, []byte(clean), JobSummaryOptions{}); !strings.Contains(got, "**No open findings.**") || strings.Contains(got, "| Severity |") {
		t.Errorf("clean report:\n%s", got)
	}
}
