// Package ruletest tests custom rules as built-in checks are tested: each
// folder that holds rule files is a fixture folder for its rules, run
// through the same harness (lint/linttest, "# want: <id>" markers).
package ruletest

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/linttest"
	"github.com/tenantlint/tenantlint/lint/rules"
)

// Result is the outcome of one rule folder.
type Result struct {
	Dir      string
	Rules    []string
	Findings int
	// Problems are the harness's failures (file:line: ...), the
	// diagnostics the rules gave, and a folder without a bad or good case.
	Problems []string
}

// Options are what the rules may use and which IDs are built-in.
type Options struct {
	Library  rules.Library
	Reserved func(id string) bool
	// Now is the date fixtures are judged at (zero: the clock).
	Now time.Time
}

// Run tests every folder below dir that holds rule files. An error is a
// rule that does not load (exit 2 for the CLI); failures are in the results.
func Run(dir string, o Options) ([]Result, error) {
	files, err := rules.Files([]string{dir}, nil)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("test-rules: no %s file below %s", rules.Suffix, dir)
	}
	byDir := map[string][]string{}
	var dirs []string
	for _, f := range files {
		d := filepath.Dir(f)
		if byDir[d] == nil {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], f)
	}
	slices.Sort(dirs)
	ro := rules.Options{Reserved: o.Reserved, Library: o.Library}
	// Every rule of the tree loads first: one broken rule stops the run,
	// and a marker may name any of them.
	all, err := rules.LoadFiles(files, ro)
	if err != nil {
		return nil, err
	}
	custom := map[string]bool{}
	for _, c := range all.Checks() {
		custom[c.ID] = true
	}
	known := func(id string) bool { return custom[id] || (o.Reserved != nil && o.Reserved(id)) }
	var out []Result
	for _, d := range dirs {
		set, err := rules.LoadFiles(byDir[d], ro)
		if err != nil {
			return nil, err
		}
		out = append(out, runDir(d, set, known, o.Now))
	}
	return out, nil
}

// collector is the harness's TB for a command: it keeps the failures.
type collector struct{ problems []string }

func (c *collector) Helper() {}
func (c *collector) Errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func runDir(dir string, set *rules.Set, known func(string) bool, now time.Time) Result {
	r := Result{Dir: dir}
	for _, c := range set.Checks() {
		r.Rules = append(r.Rules, c.ID)
	}
	if !hasTerraform(dir) {
		r.Problems = append(r.Problems, dir+": no Terraform fixture beside the rules (write bad and good cases with # want: markers)")
		return r
	}
	tb := &collector{}
	outc := linttest.RunConfig(tb, dir, linttest.Config{Checks: set.Checks(), Known: known, Now: now})
	r.Problems = append(r.Problems, tb.problems...)
	for _, d := range set.Diagnostics() {
		at := ""
		if d.Subject != nil {
			at = fmt.Sprintf("%s:%d: ", d.Subject.Filename, d.Subject.Start.Line)
		}
		r.Problems = append(r.Problems, fmt.Sprintf("%srule diagnostic: %s: %s", at, d.Summary, d.Detail))
	}
	r.Findings = len(outc.Findings)
	found := map[string]bool{}
	for _, f := range outc.Findings {
		found[f.Check.ID] = true
	}
	for _, id := range r.Rules {
		if !found[id] {
			r.Problems = append(r.Problems, fmt.Sprintf("%s: rule %s has no finding in its fixtures: a rule needs a bad case", dir, id))
		}
	}
	if outc.Inspected <= resourcesWithFindings(outc.Findings) {
		r.Problems = append(r.Problems, dir+": every inspected resource has a finding: the rules need a good case")
	}
	return r
}

func resourcesWithFindings(fs []*lint.Finding) int {
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.Address] = true
	}
	return len(seen)
}

func hasTerraform(dir string) bool {
	found := false
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found {
			return filepath.SkipAll
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".tf") || strings.HasSuffix(path, ".tf.json")) {
			found = true
		}
		return nil
	})
	return found
}

// Failed says whether any result has a problem.
func Failed(rs []Result) bool {
	for _, r := range rs {
		if len(r.Problems) > 0 {
			return true
		}
	}
	return false
}
