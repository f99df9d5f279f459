package output

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
)

func TestTextFullSummaryGolden(t *testing.T) {
	r := testReport(t, 0)
	r.FullSummary = true
	got := render(t, "text", r)
	golden := filepath.Join("testdata", "text-full-summary.golden")
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
}

// Every open finding in the default text format is followed by its why/fix
// line; the one-line summary names only domains with findings.
func TestTextTeaches(t *testing.T) {
	r := testReport(t, 0)
	out := string(render(t, "text", r))
	teach := strings.Count(out, "    why: ")
	if want := len(r.open()); teach != want {
		t.Errorf("%d why/fix lines for %d open findings:\n%s", teach, want, out)
	}
	for _, f := range r.open() {
		if !strings.Contains(out, "(tenantlint explain "+f.Check.ID+")") && !strings.Contains(out, "(example: tenantlint explain "+f.Check.ID+")") {
			t.Errorf("no pointer to tenantlint explain %s", f.Check.ID)
		}
	}
	if !strings.Contains(out, "\nyour side: data 3 · network 1 · logging 1 (--summary: by domain and service model)\n") {
		t.Errorf("no one-line responsibility summary:\n%s", out)
	}
	if strings.Contains(out, "service model   resources") || strings.Contains(out, "identity") {
		t.Errorf("the table (or a domain without findings) is shown without --summary:\n%s", out)
	}
}

func TestTextGrammarOfOne(t *testing.T) {
	tw := &textWriter{r: &Report{}}
	tw.summary(Summary{Open: 1, ResourcesInspected: 1, ChecksRun: 1, BySeverity: SeverityCounts{High: 1},
		ByDomain: []ResponsibilityRow{{Name: "identity"}, {Name: "data", ResourcesInspected: 1, OpenFindings: 1}}})
	want := "1 finding: 1 high\n1 resource inspected by 1 check\nyour side: data 1 (--summary: by domain and service model)\n"
	if got := tw.b.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	tw = &textWriter{r: &Report{}}
	tw.summary(Summary{ResourcesInspected: 2, ChecksRun: 3})
	if got, want := tw.b.String(), "No findings\n2 resources inspected by 3 checks\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTeachLine(t *testing.T) {
	c := &lint.Check{ID: "aws-x-y",
		Description: "Without it, e.g. on a shared host, data leaks. Second sentence.",
		Remediation: "Turn it on, for example:\n\n    x = true\n"}
	if got, want := teachLine(c), "why: Without it, e.g. on a shared host, data leaks. fix: Turn it on. (example: tenantlint explain aws-x-y)"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	c = &lint.Check{ID: "aws-x-z", Description: "One line\nwrapped over two", Remediation: "Set x = true."}
	if got, want := teachLine(c), "why: One line wrapped over two fix: Set x = true. (tenantlint explain aws-x-z)"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// Every registered check yields a why/fix line: a why, a fix, a pointer,
// one line, of a length a terminal shows in two or three rows.
func TestTeachLineOfEveryCheck(t *testing.T) {
	for _, c := range checks.All {
		line := teachLine(c)
		if !strings.HasPrefix(line, "why: ") || !strings.Contains(line, " fix: ") || !strings.HasSuffix(line, "tenantlint explain "+c.ID+")") {
			t.Errorf("%s: %q", c.ID, line)
		}
		if strings.ContainsAny(line, "\n\t") || len([]rune(line)) > 480 {
			t.Errorf("%s: %d runes or a line break: %q", c.ID, len([]rune(line)), line)
		}
	}
}

// A finding on a long jsonencode policy shows the line that holds the value
// the message quotes, not only the first lines of the expression.
func TestTextFocusLineGolden(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "iam.tf")
	src := `resource "aws_iam_policy" "deploy" {
  name = "deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "arn:aws:s3:::b/*"
      },
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}
`
	check := &lint.Check{ID: "aws-iam-no-wildcard-policies", Severity: lint.Critical, Domain: lint.Identity, Model: lint.SaaS,
		Description: "A statement that allows every action on every resource makes its holder an administrator.",
		Remediation: "List the actions and resources the identity needs:\n\n    Action = [\"s3:GetObject\"]\n"}
	rng := hcl.Range{Filename: file, Start: hcl.Pos{Line: 3, Column: 12}, End: hcl.Pos{Line: 17, Column: 5}}
	r := &Report{RepoRoot: root, Sources: map[string][]byte{file: []byte(src)}, Checks: []*lint.Check{check},
		Findings: []*lint.Finding{{Check: check, Severity: lint.Critical, Range: rng,
			Message: `IAM policy of aws_iam_policy.deploy allows every action ("*") on every resource`}}}
	got := render(t, "text", r)
	golden := filepath.Join("testdata", "text-focus.golden")
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
	if !strings.Contains(string(got), "13 |         Action   = \"*\"") {
		t.Errorf("the offending line 13 is not shown:\n%s", got)
	}

	// A secret finding's values are not searched for.
	r.Findings[0].Secret = true
	if strings.Contains(string(render(t, "text", r)), "   13 |") {
		t.Error("a secret finding got a focus line")
	}
}
