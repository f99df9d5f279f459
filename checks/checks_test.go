package checks_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/linttest"
	"github.com/tenantlint/tenantlint/lint/load"
)

const fixtureDir = "../fixtures/checks"

// fixtureDate is the date every fixture is judged at, so that a fixture
// keeps its meaning as runtimes and certificates age.
var fixtureDate = time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)

// TestFixtures runs every check over its own fixtures: each "# want:" line
// must produce its finding and no other line may produce one.
func TestFixtures(t *testing.T) {
	for _, c := range checks.All {
		t.Run(c.ID, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(fixtureDir, c.ID)
			out := linttest.RunConfig(t, dir, linttest.Config{Checks: []*lint.Check{c}, Known: registered, Now: fixtureDate})
			if len(out.Findings) == 0 {
				t.Errorf("%s: no finding in its fixtures: a check needs a bad case", c.ID)
			}
			if out.Inspected <= countResourcesWithFindings(out.Findings) {
				t.Errorf("%s: every inspected resource has a finding: a check needs a good case", c.ID)
			}
		})
	}
}

// registered says whether id names a check in the registry.
func registered(id string) bool { return checks.ByID(id) != nil }

func countResourcesWithFindings(fs []*lint.Finding) int {
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.Address] = true
	}
	return len(seen)
}

// TestAllChecksOverLoadFixtures runs the whole registry over the evaluator
// cases: each case proves an evaluation feature through a check's finding.
func TestAllChecksOverLoadFixtures(t *testing.T) {
	entries, err := os.ReadDir("../fixtures/load")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			opts := load.Options{}
			run := checks.All
			dir := filepath.Join("../fixtures/load", e.Name())
			if b, err := os.ReadFile(filepath.Join(dir, "options.txt")); err == nil {
				for line := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
					k, v, _ := strings.Cut(line, " ")
					switch k {
					case "var":
						opts.Vars = append(opts.Vars, v)
					case "var-file":
						opts.VarFiles = append(opts.VarFiles, filepath.Join(dir, v))
					case "env":
						opts.Env = append(opts.Env, v)
					case "max-steps":
						n, err := strconv.ParseInt(v, 10, 64)
						if err != nil {
							t.Fatalf("options.txt: max-steps %q: %v", v, err)
						}
						opts.MaxSteps = n
					case "checks":
						// The case proves an evaluation feature through these checks only.
						run = nil
						for id := range strings.FieldsSeq(v) {
							c := checks.ByID(id)
							if c == nil {
								t.Fatalf("options.txt names no check %q", id)
							}
							run = append(run, c)
						}
					}
				}
			}
			out := linttest.RunConfig(t, dir, linttest.Config{Checks: run, Known: registered, Load: opts, Now: fixtureDate})
			if len(out.Findings) == 0 {
				t.Errorf("%s: no finding: an evaluator case must prove its feature through a finding that only a right evaluation gives", dir)
			}
		})
	}
}

// TestRegistry validates every check's metadata, the order of the list, and
// that every fixture folder names a registered check.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for i, c := range checks.All {
		if err := c.Validate(); err != nil {
			t.Error(err)
		}
		if seen[c.ID] {
			t.Errorf("duplicate ID %s", c.ID)
		}
		seen[c.ID] = true
		if i > 0 && checks.All[i-1].ID >= c.ID {
			t.Errorf("checks.All is not sorted by ID at %s", c.ID)
		}
		if _, err := os.Stat(filepath.Join(fixtureDir, c.ID)); err != nil {
			t.Errorf("%s has no fixtures folder", c.ID)
		}
		if checks.ByID(c.ID) != c {
			t.Errorf("ByID(%s) does not return it", c.ID)
		}
		if slices.Contains(c.Resources, "") {
			t.Errorf("%s lists an empty resource type", c.ID)
		}
	}
	entries, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !seen[e.Name()] {
			t.Errorf("fixtures/checks/%s names no registered check", e.Name())
		}
	}
}
