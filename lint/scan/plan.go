package scan

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/plan"
)

// planInput is the plan a scan reads (lint/plan): --plan, a plan JSON file
// given among the paths (known by its content), else plan in the
// configuration file.
type planInput struct {
	path string
	// sourceGiven says paths to Terraform source were given besides the
	// plan: the scan is hybrid (the source's evaluation, filled from the
	// plan). Without, the plan's values are scanned, placed on the source
	// of the current folder when it holds the configuration.
	sourceGiven bool
	plans       int
}

// takePlan moves the plan JSON files out of opts.Paths, before Settle.
func takePlan(opts *Options) planInput {
	in := planInput{path: opts.Plan}
	if in.path != "" {
		in.plans++
	}
	var kept []string
	for _, p := range opts.Paths {
		if plan.IsPlanFile(p) {
			in.plans++
			if in.path == "" {
				in.path = p
			}
			continue
		}
		kept = append(kept, p)
	}
	in.sourceGiven = len(kept) > 0
	opts.Paths = kept
	return in
}

// planCollector reads the plan and returns the collect step that scans it,
// nil when the scan has no plan. A plan named by a configuration file found
// in the scanned tree is read inside the boundary; one the user named
// anywhere.
func planCollector(in planInput, opts Options, s *Settings) (func(Options, *Settings) *Collected, error) {
	if in.plans > 1 {
		return nil, UsageError{fmt.Errorf("one plan at a time: %d plan files given", in.plans)}
	}
	var bound = s.Boundary
	if in.path != "" {
		bound = nil // the user's own
	} else if in.path = s.Config.PlanPath(); in.path == "" {
		return nil, nil
	} else if opts.ConfigPath != "" {
		bound = nil
	}
	f, err := plan.Read(in.path, bound)
	if err != nil {
		return nil, err
	}
	return func(opts Options, s *Settings) *Collected { return collectPlan(in, f, opts, s) }, nil
}

// collectPlan loads the source (for hybrid values, or only to place the
// plan's resources on it), makes the plan a root module and runs the checks,
// as CollectAll does.
func collectPlan(in planInput, f *plan.File, opts Options, s *Settings) *Collected {
	lo, done := loadOptions(opts, s)
	paths := opts.Paths
	if !in.sourceGiven {
		// Only the folder of the configuration, not every root below the
		// current folder: that of the plan file when it holds .tf files,
		// else the current folder when it does.
		paths, lo.RepoRoot = nil, ""
		for _, dir := range []string{filepath.Dir(f.Name), "."} {
			if tf := firstTerraformFile(dir); tf != "" {
				paths = []string{tf}
				break
			}
		}
	}
	res := &load.Result{Sources: map[string][]byte{}}
	if len(paths) > 0 {
		res = load.Load(paths, lo)
	}
	root := planRoot(f, res.Modules)
	var modules []*lint.Module
	var atCall map[string]bool
	diags := res.Diagnostics
	switch {
	case in.sourceGiven:
		for _, m := range res.Modules {
			if m == root {
				r := f.Hybrid(plan.Options{Source: m, Sources: res.Sources})
				m, atCall = r.Module, r.AtCall
			}
			modules = append(modules, m)
		}
		if root == nil {
			modules = append(modules, f.Module(plan.Options{}).Module)
		}
	default:
		// The source only places the plan's resources: its diagnostics
		// are not this scan's.
		diags = nil
		r := f.Module(plan.Options{Source: root, Sources: res.Sources})
		modules, atCall = []*lint.Module{r.Module}, r.AtCall
	}
	var undecided []lint.Undecided
	findings, runDiags := lint.RunWith(modules, s.Checks, lint.RunOptions{Now: opts.Now, Undecided: &undecided})
	for _, fd := range findings {
		if atCall[fd.Address] {
			fd.Message += fmt.Sprintf(" (planned resource %s: the source of its module is not here, so this points at the module call)", fd.Address)
		}
	}
	c := &Collected{Findings: findings, Undecided: undecided, Instances: lint.IndexModules(modules),
		Inventory: map[string]int{}, Sources: res.Sources, Roots: len(modules)}
	c.Diagnostics = append(append(diags, done()...), runDiags...)
	for _, m := range modules {
		output.AddInventory(c.Inventory, m)
		c.RootDirs = append(c.RootDirs, m.Dir)
	}
	for name := range res.Sources {
		c.Files = append(c.Files, name)
	}
	c.Files = append(c.Files, f.Name)
	slices.Sort(c.Files)
	return c
}

// planRoot is the root module the plan was made from: the one that declares
// most of the plan's resources (the first of equals), nil when none does.
func planRoot(f *plan.File, modules []*lint.Module) *lint.Module {
	decls := f.Declarations()
	var best *lint.Module
	most := 0
	for _, m := range modules {
		n := 0
		seen := map[string]bool{}
		for _, r := range m.All() {
			d := plan.DeclOf(r.Address)
			if decls[d] && !seen[d] {
				seen[d] = true
				n++
			}
		}
		if n > most {
			best, most = m, n
		}
	}
	return best
}

// firstTerraformFile is the first .tf file directly in dir, "" when none:
// it stands for its folder, which the loader then scans alone.
func firstTerraformFile(dir string) string {
	entries, err := confine.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".tf") {
			return filepath.Join(dir, e.Name())
		}
	}
	return ""
}
