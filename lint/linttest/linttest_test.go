package linttest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

// recorder is a TB that keeps what the harness reports.
type recorder struct{ errs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// plain flags every EBS volume whose encrypted argument is false.
var plain = &lint.Check{
	ID:        "test-ebs-plain",
	Resources: []string{"aws_ebs_volume"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("encrypted")
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "volume %s is plain", r.Address)
			}
		}
	},
}

// other is registered but never run by these tests.
var other = &lint.Check{ID: "test-other-check", Run: func(*lint.Pass) {}}

func fixture(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func run(t *testing.T, files map[string]string) []string {
	t.Helper()
	dir := fixture(t, files)
	r := &recorder{}
	RunConfig(r, dir, Config{
		Checks: []*lint.Check{plain},
		Known:  func(id string) bool { return id == plain.ID || id == other.ID },
		Load:   load.Options{},
	})
	for i, e := range r.errs {
		r.errs[i] = strings.ReplaceAll(e, dir+string(filepath.Separator), "")
	}
	return r.errs
}

const two = `resource "aws_ebs_volume" "v" {
  for_each  = toset(["a", "b"])
  encrypted = false # want: %s
}
`

func TestHarness(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		// want are regexps, one per reported problem, in order.
		want []string
	}{
		{
			name:  "one finding, one marker",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # want: test-ebs-plain\n}\n"},
		},
		{
			name:  "silent line",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true\n}\n"},
		},
		{
			name:  "unexpected finding",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n"},
			want:  []string{`^main\.tf:2: unexpected finding test-ebs-plain: volume aws_ebs_volume\.v is plain`},
		},
		{
			name:  "missing finding",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # want: test-ebs-plain\n}\n"},
			want:  []string{`^main\.tf:2: missing finding test-ebs-plain \(1 expected, 0 found`},
		},
		{
			name:  "unknown ID on a silent line",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # want: test-ebs-plane\n}\n"},
			want:  []string{`^main\.tf:2: unknown check ID "test-ebs-plane"`},
		},
		{
			name:  "trailing words are not IDs",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # want: test-ebs-plain when off\n}\n"},
			want:  []string{`^main\.tf:2: unknown check ID "off"`, `^main\.tf:2: unknown check ID "when"`},
		},
		{
			name:  "a comment after --",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # want: test-ebs-plain -- when off, it is plain\n}\n"},
		},
		{
			name:  "registered but not run",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # want: test-other-check\n}\n"},
			want:  []string{`^main\.tf:2: check "test-other-check" is registered but this test does not run it`},
		},
		{
			name:  "two findings, one marker",
			files: map[string]string{"main.tf": fmt.Sprintf(two, "test-ebs-plain")},
			want:  []string{`^main\.tf:3: unexpected finding test-ebs-plain: volume aws_ebs_volume\.v\["b"\]`},
		},
		{
			name:  "two findings, two markers",
			files: map[string]string{"main.tf": fmt.Sprintf(two, "test-ebs-plain test-ebs-plain")},
		},
		{
			name:  "two findings, two markers with a comma",
			files: map[string]string{"main.tf": fmt.Sprintf(two, "test-ebs-plain, test-ebs-plain")},
		},
		{
			name:  "two findings, three markers",
			files: map[string]string{"main.tf": fmt.Sprintf(two, "test-ebs-plain test-ebs-plain test-ebs-plain")},
			want:  []string{`^main\.tf:3: missing finding test-ebs-plain \(3 expected, 2 found`},
		},
		{
			name: "patterns pick their findings whatever the order",
			// The pattern-less expectation comes first but must not take the
			// only finding that the patterned one can match.
			files: map[string]string{"main.tf": fmt.Sprintf(two, `test-ebs-plain test-ebs-plain "v\[\"a\"\]"`)},
		},
		{
			name:  "pattern on the address",
			files: map[string]string{"main.tf": fmt.Sprintf(two, `test-ebs-plain "^aws_ebs_volume\.v\[\"a\"\]$" test-ebs-plain "^aws_ebs_volume\.v\[\"b\"\]$"`)},
		},
		{
			name:  "pattern that matches nothing",
			files: map[string]string{"main.tf": fmt.Sprintf(two, `test-ebs-plain "v\[\"a\"\]" test-ebs-plain "v\[\"c\"\]"`)},
			want: []string{
				`^main\.tf:3: missing finding test-ebs-plain matching /v\\\[\\"c\\"\\\]/ \(2 expected, 2 found`,
				`^main\.tf:3: unexpected finding test-ebs-plain: volume aws_ebs_volume\.v\["b"\]`,
			},
		},
		{
			name:  "bad pattern",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # want: test-ebs-plain \"(\"\n}\n"},
			want:  []string{`^main\.tf:2: bad pattern "\(": error parsing regexp`},
		},
		{
			name:  "want+1",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  # want+1: test-ebs-plain\n  encrypted = false\n}\n"},
		},
		{
			name:  "want+1 on the wrong line",
			files: map[string]string{"main.tf": "# want+1: test-ebs-plain\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = false\n}\n"},
			want:  []string{`^main\.tf:2: missing finding`, `^main\.tf:3: unexpected finding`},
		},
		{
			name:  "malformed markers",
			files: map[string]string{"main.tf": "# Want: test-ebs-plain\n# want +1: test-ebs-plain\n# wants: test-ebs-plain\n# want test-ebs-plain\n# we want: nothing here is a marker\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = true\n}\n"},
			want:  []string{`^main\.tf:1: malformed marker`, `^main\.tf:2: malformed marker`, `^main\.tf:3: malformed marker`, `^main\.tf:4: malformed marker`},
		},
		{
			name:  "empty marker",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # want:\n}\n"},
			want:  []string{`^main\.tf:2: want marker without a check ID`},
		},
		{
			name: "markers in .tf.json",
			files: map[string]string{"main.tf.json": `{"resource": {"aws_ebs_volume": {"v": {
  "//": "want+1: test-ebs-plain \"aws_ebs_volume\\.v\"",
  "encrypted": false
}}}}
`},
		},
		{
			name:  "markers in module folders and .terraform",
			files: map[string]string{"main.tf": "module \"m\" {\n  source = \"./m\"\n}\n", "m/main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # want: test-ebs-plain \"module\\.m\\.\"\n}\n"},
		},
		{
			name:  "undeclared evaluation failure",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = {}.missing\n}\n"},
			want:  []string{`^main\.tf:2: undeclared debug diagnostic: Expression not evaluated`},
		},
		{
			name:  "declared evaluation failure",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = {}.missing # expect-diag: Expression not evaluated: .*attribute named .missing.\n}\n"},
		},
		{
			name:  "declared diagnostic on the next line",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  # expect-diag+1: \"not evaluated\"\n  encrypted = {}.missing\n}\n"},
		},
		{
			name:  "declared diagnostic that does not come",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true # expect-diag: not evaluated\n}\n"},
			want:  []string{`^main\.tf:2: missing diagnostic matching /not evaluated/`},
		},
		{
			name:  "info diagnostics count",
			files: map[string]string{"empty.tf": "", "main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = true\n}\n"},
			want:  []string{`^empty\.tf:1: undeclared info diagnostic: Empty file`},
		},
		{
			name:  "a finding and a diagnostic on one line",
			files: map[string]string{"main.tf": "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = false # want: test-ebs-plain # expect-diag: nothing\n}\n"},
			want:  []string{`^main\.tf:2: missing diagnostic matching /nothing/`},
		},
		{
			name:  "tfvars markers",
			files: map[string]string{"main.tf": "variable \"e\" {\n  type = bool\n}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.e\n}\n", "terraform.tfvars": "e = \"x\" # expect-diag: Invalid value for variable e\n"},
		},
		{
			name:  "undeclared tfvars diagnostic",
			files: map[string]string{"main.tf": "variable \"e\" {\n  type = bool\n}\nresource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.e\n}\n", "terraform.tfvars": "e = \"x\"\n"},
			want:  []string{`^terraform\.tfvars:1: undeclared error diagnostic: Invalid value for variable e`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := run(t, c.files)
			if len(got) != len(c.want) {
				t.Fatalf("want %d problems, got %d:\n%s", len(c.want), len(got), strings.Join(got, "\n"))
			}
			for i, w := range c.want {
				if !regexp.MustCompile(w).MatchString(got[i]) {
					t.Errorf("problem %d = %q, want it to match %q", i, got[i], w)
				}
			}
		})
	}
}

func TestParseOffsets(t *testing.T) {
	dir := fixture(t, map[string]string{"a.tf": "x = 1 # want+3: test-ebs-plain \"p\" test-ebs-plain -- two\n"})
	a, problems, err := Parse(dir, func(string) error { return nil })
	if err != nil || len(problems) > 0 {
		t.Fatalf("err %v, problems %v", err, problems)
	}
	if len(a.Wants) != 2 {
		t.Fatalf("want 2 expectations, got %v", a.Wants)
	}
	for _, w := range a.Wants {
		if w.Line != 4 || w.ID != "test-ebs-plain" {
			t.Errorf("got %v, want line 4", w)
		}
	}
	if a.Wants[0].Pattern == nil || a.Wants[0].Pattern.String() != "p" || a.Wants[1].Pattern != nil {
		t.Errorf("patterns: %v", a.Wants)
	}
}
