// Package linttest runs checks over annotated Terraform fixtures: a line that
// should produce a finding says so with "# want: <rule-id>[, <rule-id>]"
// ("# want+1:" for the next line); every other line must stay silent.
package linttest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
)

var wantRE = regexp.MustCompile(`(?:#|//|"//"\s*:\s*")\s*want(\+\d+)?:\s*([a-z0-9][a-z0-9, -]*)`)

// Expectation is one expected finding.
type Expectation struct {
	File string
	Line int
	ID   string
}

func (e Expectation) String() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.ID) }

// Wants reads the "# want:" annotations of every .tf and .tf.json file below dir.
func Wants(dir string) ([]Expectation, error) {
	var out []Expectation
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || (!strings.HasSuffix(path, ".tf") && !strings.HasSuffix(path, ".tf.json")) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(bytes.NewReader(src))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			m := wantRE.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			at := line
			if m[1] != "" {
				n, _ := strconv.Atoi(m[1][1:])
				at += n
			}
			for id := range strings.SplitSeq(m[2], ",") {
				if id = strings.TrimSpace(id); id != "" {
					out = append(out, Expectation{File: path, Line: at, ID: id})
				}
			}
		}
		return sc.Err()
	})
	return out, err
}

// Outcome is what a fixture run found.
type Outcome struct {
	Findings []*lint.Finding
	Result   *load.Result
	// Inspected counts the resources of the checks' types.
	Inspected int
}

// Run loads dir (every root module below it), runs the checks, and fails t
// on every missing or unexpected finding, and on any load error or check panic.
func Run(t *testing.T, dir string, checks []*lint.Check, opts load.Options) Outcome {
	t.Helper()
	res := load.Load([]string{dir}, opts)
	for _, d := range res.Diagnostics {
		if d.Severity == lint.DiagError {
			t.Errorf("load error: %s: %s: %s", rangeString(d.Subject), d.Summary, d.Detail)
		}
	}
	findings, diags := lint.Run(res.Modules, checks)
	for _, d := range diags {
		t.Errorf("run error: %s: %s", d.Summary, d.Detail)
	}
	wants, err := Wants(dir)
	if err != nil {
		t.Fatalf("reading annotations: %v", err)
	}
	known := map[string]bool{}
	for _, c := range checks {
		known[c.ID] = true
	}
	expected := map[Expectation]int{}
	for _, w := range wants {
		if !known[w.ID] {
			continue
		}
		expected[w]++
	}
	got := map[Expectation][]*lint.Finding{}
	for _, f := range findings {
		e := Expectation{File: filepath.Clean(f.Range.Filename), Line: f.Range.Start.Line, ID: f.Check.ID}
		got[e] = append(got[e], f)
	}
	var problems []string
	for e, fs := range got {
		if expected[e] == 0 {
			for _, f := range fs {
				problems = append(problems, fmt.Sprintf("%s: unexpected finding %s: %s", loc(e), e.ID, f.Message))
			}
		}
	}
	for e := range expected {
		if len(got[e]) == 0 {
			problems = append(problems, fmt.Sprintf("%s: missing finding %s", loc(e), e.ID))
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
	inspected := 0
	for _, m := range res.Modules {
		for _, c := range checks {
			inspected += len(m.Resources(c.Resources...))
		}
	}
	return Outcome{Findings: findings, Result: res, Inspected: inspected}
}

func loc(e Expectation) string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

func rangeString(r *hcl.Range) string {
	if r == nil {
		return "-"
	}
	return r.String()
}
