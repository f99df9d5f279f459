package lint

import (
	"cmp"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"
)

// Run applies every check to every module, in parallel. A check that panics
// becomes an internal-error diagnostic; the others go on. Findings come back
// deduplicated and sorted by file, position, rule and address.
func Run(modules []*Module, checks []*Check) ([]*Finding, []Diagnostic) {
	return RunWith(modules, checks, RunOptions{})
}

// RunOptions are what a run hands every Pass.
type RunOptions struct {
	// Now is the date time-based checks judge by (deprecated runtimes,
	// expiries); zero means the clock.
	Now time.Time
	// Undecided, when set, receives the decisions the checks could not make
	// because a value was unknown, sorted.
	Undecided *[]Undecided
}

// RunWith is Run with options.
func RunWith(modules []*Module, checks []*Check, o RunOptions) ([]*Finding, []Diagnostic) {
	// A job is a module and the checks to run on it, one after the other:
	// the module knows the check that reads it (undecided.go).
	type job struct {
		m  *Module
		cs []*Check
	}
	jobs := make(chan job)
	var (
		mu        sync.Mutex
		findings  []*Finding
		diags     []Diagnostic
		undecided []Undecided
		wg        sync.WaitGroup
	)
	workers := runtime.GOMAXPROCS(0)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				for _, c := range j.cs {
					fs, us, d := runOne(j.m, c, o.Now)
					mu.Lock()
					findings = append(findings, fs...)
					undecided = append(undecided, us...)
					if d != nil {
						diags = append(diags, *d)
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, m := range modules {
		var cs []*Check
		for _, c := range checks {
			if m.hasAny(c.Resources) {
				cs = append(cs, c)
			}
		}
		if len(cs) > 0 {
			jobs <- job{m, cs}
		}
	}
	close(jobs)
	wg.Wait()
	if o.Undecided != nil {
		*o.Undecided = SortUndecided(undecided)
	}
	return SortFindings(findings), SortDiagnostics(diags)
}

// RunModule runs the checks on one module, one after the other, in the
// calling goroutine: a streaming scan runs it for each root as soon as the
// root is evaluated, in parallel over roots. The findings are not sorted.
//
// It returns the findings, the decisions left open by unknown values, and
// the diagnostics of checks that failed.
func RunModule(m *Module, checks []*Check, o RunOptions) ([]*Finding, []Undecided, []Diagnostic) {
	var (
		findings  []*Finding
		undecided []Undecided
		diags     []Diagnostic
	)
	for _, c := range checks {
		if !m.hasAny(c.Resources) {
			continue
		}
		fs, us, d := runOne(m, c, o.Now)
		findings = append(findings, fs...)
		undecided = append(undecided, us...)
		if d != nil {
			diags = append(diags, *d)
		}
	}
	return findings, undecided, diags
}

func (m *Module) hasAny(types []string) bool {
	for _, t := range types {
		if len(m.byType[t]) > 0 {
			return true
		}
	}
	return false
}

func runOne(m *Module, c *Check, now time.Time) (fs []*Finding, us []Undecided, d *Diagnostic) {
	p := &Pass{Module: m, Check: c, now: now}
	m.pass = p
	defer func() {
		m.pass = nil
		if r := recover(); r != nil {
			stack := string(debug.Stack())
			if i := strings.Index(stack, "panic("); i > 0 {
				stack = stack[i:]
			}
			d = &Diagnostic{
				Severity: DiagError,
				Summary:  fmt.Sprintf("internal error in check %s on module %s: %v", c.ID, m.Dir, r),
				Detail:   "please report this with the input that caused it\n" + stack,
			}
			fs, us = p.findings, p.open
		}
	}()
	c.Run(p)
	return p.findings, p.open, nil
}

// SortFindings orders findings by file, position, rule, address, message and
// module-call chain, and drops the second of two findings with the same rule,
// range and message (a module that two root modules call in the same way).
// The order is total, so the finding kept is the one with the first call
// chain whatever order the workers produced them in.
func SortFindings(fs []*Finding) []*Finding {
	slices.SortStableFunc(fs, compareFindings)
	return compactFolding(fs)
}

func compareFindings(a, b *Finding) int {
	if c := CompareRanges(a.Range, b.Range); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Check.ID, b.Check.ID); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Address, b.Address); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Message, b.Message); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.ModuleCalls, b.ModuleCalls, CompareRanges); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Severity.Rank(), b.Severity.Rank()); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Related, b.Related, func(x, y Related) int {
		if c := CompareRanges(x.Range, y.Range); c != 0 {
			return c
		}
		return cmp.Compare(x.Message, y.Message)
	})
}
