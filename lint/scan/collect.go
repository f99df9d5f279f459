package scan

import (
	"context"
	"fmt"
	"slices"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
	"github.com/tenantlint/tenantlint/lint/output"
)

// Collected is what a scan keeps of the roots it evaluated: their findings,
// the diagnostics of loading and checking them, how many resource instances
// of each type they held, and the text of the files that reports and
// suppression need. It holds no parse tree and no value: a root is reduced
// to it as soon as its checks have run.
type Collected struct {
	Findings    []*lint.Finding
	Diagnostics []lint.Diagnostic
	Inventory   map[string]int
	// Undecided are the decisions checks left open (sorted); Instances the
	// instance addresses of every resource block, for grouping.
	Undecided []lint.Undecided
	Instances *lint.InstanceIndex
	Sources   map[string][]byte
	// Files are the names of every file read, RootDirs the folders of the
	// root modules evaluated (those that hold something), in root order.
	Files, RootDirs []string
	// Roots is how many root modules were evaluated; Parses how many
	// module folder parses that took.
	Roots, Parses int
}

// rootResult is one root reduced to what the scan keeps.
type rootResult struct {
	dir       string
	findings  []*lint.Finding
	undecided []lint.Undecided
	instances *lint.InstanceIndex
	diags     []lint.Diagnostic
	inventory map[string]int
}

// Collect loads the paths root by root (load.Stream) and runs the checks on
// each root as soon as it is evaluated, keeping only the findings and the
// small data the reports need: memory does not grow with the input.
func Collect(opts Options, s *Settings) *Collected {
	lo, done := loadOptions(opts, s)
	lo.CacheBytes = opts.CacheBytes
	results, st := load.Stream(opts.Paths, lo, func(m *lint.Module) rootResult {
		fs, us, d := lint.RunModule(m, s.Checks, lint.RunOptions{Now: opts.Now})
		inv := map[string]int{}
		output.AddInventory(inv, m)
		idx := lint.NewInstanceIndex()
		idx.Add(m)
		return rootResult{dir: m.Dir, findings: fs, undecided: us, instances: idx, diags: d, inventory: inv}
	})
	c := &Collected{Inventory: map[string]int{}, Instances: lint.NewInstanceIndex(), Roots: st.Roots, Parses: st.Parses}
	var runDiags []lint.Diagnostic
	for _, r := range results {
		c.RootDirs = append(c.RootDirs, r.dir)
		c.Findings = append(c.Findings, r.findings...)
		c.Undecided = append(c.Undecided, r.undecided...)
		c.Instances.Merge(r.instances)
		runDiags = append(runDiags, r.diags...)
		for k, n := range r.inventory {
			c.Inventory[k] += n
		}
	}
	c.Findings = lint.SortFindings(c.Findings)
	c.Undecided = lint.SortUndecided(c.Undecided)
	c.Diagnostics = append(append(st.Diagnostics, done()...), lint.SortDiagnostics(runDiags)...)
	c.Sources = st.Sources(referencedFiles(c.Findings, c.Diagnostics))
	c.Files = st.Files()
	return c
}

// CollectAll is Collect done the old way: everything loaded first
// (load.Load), then every check run over every module. It gives the same
// result in memory that grows with the input; tests hold the two together.
func CollectAll(opts Options, s *Settings) *Collected {
	lo, done := loadOptions(opts, s)
	res := load.Load(opts.Paths, lo)
	var undecided []lint.Undecided
	findings, runDiags := lint.RunWith(res.Modules, s.Checks, lint.RunOptions{Now: opts.Now, Undecided: &undecided})
	c := &Collected{Findings: findings, Undecided: undecided, Instances: lint.IndexModules(res.Modules),
		Inventory: map[string]int{}, Sources: res.Sources, Roots: len(res.Modules)}
	c.Diagnostics = append(append(res.Diagnostics, done()...), runDiags...)
	for _, m := range res.Modules {
		output.AddInventory(c.Inventory, m)
		c.RootDirs = append(c.RootDirs, m.Dir)
	}
	for name := range res.Sources {
		c.Files = append(c.Files, name)
	}
	slices.Sort(c.Files)
	return c
}

// referencedFiles are the files that findings and diagnostics point into,
// sorted: those whose text a report may quote.
func referencedFiles(findings []*lint.Finding, diags []lint.Diagnostic) []string {
	set := map[string]bool{}
	for _, f := range findings {
		set[f.Range.Filename] = true
		for _, r := range f.Related {
			set[r.Range.Filename] = true
		}
		for _, r := range f.ModuleCalls {
			set[r.Filename] = true
		}
	}
	for _, d := range diags {
		if d.Subject != nil {
			set[d.Subject.Filename] = true
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// loadOptions are the loader's options for the settled scan; done, called
// once the load is over, gives the diagnostic of a --timeout that cut it
// short.
func loadOptions(opts Options, s *Settings) (load.Options, func() []lint.Diagnostic) {
	lo := load.Options{Vars: opts.Vars, VarFiles: s.VarFiles, Env: opts.Env, Boundary: s.Boundary, Files: opts.files}
	if s.Config != nil && len(s.Config.ExcludePaths) > 0 {
		lo.Exclude = s.Config.Excluded
	}
	for _, p := range opts.Paths {
		if info, err := fsys.Or(opts.files, nil).Stat(p); err == nil && !info.IsDir() {
			lo.RepoRoot = s.RepoRoot
		}
	}
	if opts.Timeout <= 0 {
		return lo, func() []lint.Diagnostic { return nil }
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.Timeout)
	lo.Context = ctx
	return lo, func() []lint.Diagnostic {
		defer cancel()
		if ctx.Err() == nil {
			return nil
		}
		return []lint.Diagnostic{{
			Severity: lint.DiagError,
			Summary:  "Scan stopped at the --timeout",
			Detail:   fmt.Sprintf("evaluation stopped after %s: the findings of what was evaluated are reported, and the warnings name the root modules cut short", opts.Timeout),
		}}
	}
}
