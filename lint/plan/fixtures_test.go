package plan_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/plan"
)

const planAloneFloor = 470

var fixtureDate = time.Date(2026, time.December, 1, 12, 0, 0, 0, time.UTC)

// findingKeys are what must not depend on the input mode: the check, the
// address, the argument path, the place, the message and the fingerprint.
func findingKeys(fs []*lint.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s %s:%d:%d %s %s", f.Check.ID, f.Address, f.Path,
			f.Range.Filename, f.Range.Start.Line, f.Range.Start.Column, f.Message, f.Fingerprint(f.Range.Filename)[:12]))
	}
	slices.Sort(out)
	return out
}

// TestEveryCheckOnPlanInput runs every check over its fixtures twice: over
// the source, and over a plan JSON generated from the source's evaluation
// (unknown values as after_unknown, sensitive ones as after_sensitive) read
// back through the decoder and placed on the source. Both must give the same
// findings, on the same lines, with the same fingerprints: no check has code
// of its own for plan input.
func TestEveryCheckOnPlanInput(t *testing.T) {
	same, total := 0, 0
	var differ []string
	for _, c := range checks.All {
		dir := filepath.Join("../../fixtures/checks", c.ID)
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		total++
		res := load.Load([]string{dir}, load.Options{})
		ok := true
		for _, m := range res.Modules {
			want, _ := lint.RunWith([]*lint.Module{m}, []*lint.Check{c}, lint.RunOptions{Now: fixtureDate})
			f, err := plan.Decode(m.Dir+"/plan.json", encodePlan(m))
			if err != nil {
				t.Fatalf("%s: %v", c.ID, err)
			}
			pm := f.Module(plan.Options{Source: m, Sources: res.Sources}).Module
			got, diags := lint.RunWith([]*lint.Module{pm}, []*lint.Check{c}, lint.RunOptions{Now: fixtureDate})
			if len(diags) > 0 {
				t.Errorf("%s: %v", c.ID, diags)
			}
			if w, g := findingKeys(want), findingKeys(got); !slices.Equal(w, g) {
				ok = false
				if testing.Verbose() {
					t.Logf("%s in %s:\nsource:\n  %s\nplan:\n  %s", c.ID, m.Dir, strings.Join(w, "\n  "), strings.Join(g, "\n  "))
				}
			}
		}
		if ok {
			same++
		} else {
			differ = append(differ, c.ID)
		}
	}
	t.Logf("%d of %d checks give the same findings on plan input", same, total)
	if len(differ) > 0 {
		t.Errorf("%d checks differ on plan input: %s", len(differ), strings.Join(differ, " "))
	}
}

// TestChecksOnPlanAlone runs every check's fixtures through generated plan
// JSON with no source at all: the links come from the configuration
// section's references. Findings (check, address, argument, message) must
// match the source's except where the source's links go through what a plan
// does not record (module outputs, variables): the count is held as a floor.
func TestChecksOnPlanAlone(t *testing.T) {
	same, total := 0, 0
	var differ []string
	for _, c := range checks.All {
		dir := filepath.Join("../../fixtures/checks", c.ID)
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		total++
		res := load.Load([]string{dir}, load.Options{})
		ok := true
		for _, m := range res.Modules {
			want, _ := lint.RunWith([]*lint.Module{m}, []*lint.Check{c}, lint.RunOptions{Now: fixtureDate})
			f, err := plan.Decode("plan.json", encodePlan(m))
			if err != nil {
				t.Fatalf("%s: %v", c.ID, err)
			}
			got, _ := lint.RunWith([]*lint.Module{f.Module(plan.Options{}).Module}, []*lint.Check{c}, lint.RunOptions{Now: fixtureDate})
			if !slices.Equal(placeless(want), placeless(got)) {
				ok = false
			}
		}
		if ok {
			same++
		} else {
			differ = append(differ, c.ID)
		}
	}
	t.Logf("%d of %d checks give the same findings on plan input without source; differ: %s", same, total, strings.Join(differ, " "))
	if same < planAloneFloor {
		t.Errorf("%d checks agree without source, fewer than %d", same, planAloneFloor)
	}
}

func placeless(fs []*lint.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, f.Check.ID+" "+f.Address+" "+f.Path+" "+f.Message)
	}
	slices.Sort(out)
	return out
}
