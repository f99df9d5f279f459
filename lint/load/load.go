// Package load reads Terraform configuration and evaluates it as Terraform
// would, without a provider and without the network, into lint.Modules.
package load

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/funcs"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
)

// Options are what the user says about the scan.
type Options struct {
	// Vars are name=value pairs, as terraform's -var.
	Vars []string
	// VarFiles are .tfvars or .tfvars.json files, as terraform's -var-file.
	VarFiles []string
	// Env is the environment to read TF_VAR_name from (nil: none).
	Env []string
	// MaxCount caps the instances one count, for_each or dynamic block makes.
	MaxCount int
	// MaxInstances caps the resource and module instances of one root module.
	MaxInstances int
	// MaxModuleInstances caps the module instances of one root module's
	// whole module tree (each costs a scope of its own: a tree of 2 calls
	// over 30 levels would be a billion).
	MaxModuleInstances int
	// Exclude, when set, skips the files and folders it says yes to.
	Exclude func(path string) bool
	// RepoRoot, when set, makes a file path scan its folder together with
	// every folder below RepoRoot that calls it as a module (pre-commit mode).
	RepoRoot string
	// Boundary, when set, confines every read to the repository (and the
	// folders the user allowed): a file, a module folder, a var file or a
	// file function's path that resolves outside it is not read, and a
	// diagnostic says so. Nil reads anywhere, for library users and tests.
	Boundary *confine.Boundary

	// The evaluation budget of each root module, the whole module tree it
	// calls included. A root that runs out gets one error diagnostic; its
	// evaluation stops there: the resources evaluated until then are
	// reported, the rest of the root is not evaluated. The other roots go on.
	//
	// MaxSteps caps evaluation steps: expressions evaluated, for-expression
	// iterations, function calls, dynamic block and module instances.
	MaxSteps int64
	// MaxElements caps the collection elements that evaluation produces.
	MaxElements int64
	// MaxTemplateBytes caps the bytes that template interpolation produces.
	MaxTemplateBytes int64
	// MaxStringBytes caps one string value.
	MaxStringBytes int
	// Context, when done (a --timeout), stops the evaluation of every root
	// still running; each such root keeps what it had, with a warning.
	Context context.Context
}

// Default evaluation budgets: far above what real configuration needs. The
// costliest root of a corpus of 1,723 real files takes 6,767 steps, 5,521
// elements and 15,372 template bytes; a hostile root spends the steps in
// one to three seconds.
const (
	DefaultMaxSteps         = 500_000
	DefaultMaxElements      = 4_000_000
	DefaultMaxTemplateBytes = 64 << 20
	DefaultMaxStringBytes   = 16 << 20
)

// Result is what a load gives: the evaluated root modules, the diagnostics,
// and the source of every file read (for snippets and ignore comments).
type Result struct {
	Modules     []*lint.Module
	Diagnostics []lint.Diagnostic
	Sources     map[string][]byte
}

// DefaultMaxModuleInstances is the module instances a root may have; the
// largest root of the real corpus has a few dozen.
const DefaultMaxModuleInstances = 5000

// Load finds every root module below the paths (a file stands for its
// folder), parses each file once, and evaluates each root in parallel.
func Load(paths []string, opts Options) *Result {
	if opts.MaxCount <= 0 {
		opts.MaxCount = 1000
	}
	if opts.MaxModuleInstances <= 0 {
		opts.MaxModuleInstances = DefaultMaxModuleInstances
	}
	if opts.MaxInstances <= 0 {
		opts.MaxInstances = 100000
	}
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	if opts.MaxElements <= 0 {
		opts.MaxElements = DefaultMaxElements
	}
	if opts.MaxTemplateBytes <= 0 {
		opts.MaxTemplateBytes = DefaultMaxTemplateBytes
	}
	if opts.MaxStringBytes <= 0 {
		opts.MaxStringBytes = DefaultMaxStringBytes
	}
	p := newParser(opts.Boundary)
	res := &Result{}
	dirs, diags := discover(paths, opts.Exclude, opts.Boundary)
	if opts.RepoRoot != "" {
		dirs = withCallers(dirs, paths, opts)
	}
	res.Diagnostics = append(res.Diagnostics, diags...)

	cfgs := make([]*moduleConfig, len(dirs))
	parallel(len(dirs), func(i int) { cfgs[i] = p.module(dirs[i]) })

	called := map[string]bool{}
	for _, cfg := range cfgs {
		for _, call := range cfg.calls {
			if dir, ok := cfg.localCallee(call); ok {
				abs, _ := filepath.Abs(dir)
				called[abs] = true
			}
		}
	}
	var roots []*moduleConfig
	for i, cfg := range cfgs {
		abs, _ := filepath.Abs(dirs[i])
		if !called[abs] {
			roots = append(roots, cfg)
		}
	}
	roots = append(roots, unreachable(p, cfgs, roots)...)

	mods := make([]*lint.Module, len(roots))
	rootDiags := make([][]lint.Diagnostic, len(roots))
	parallel(len(roots), func(i int) {
		mods[i], rootDiags[i] = evalRoot(p, roots[i], &opts)
	})
	for i := range roots {
		if len(mods[i].All()) > 0 || len(roots[i].resources) > 0 || len(roots[i].calls) > 0 {
			res.Modules = append(res.Modules, mods[i])
		}
		res.Diagnostics = append(res.Diagnostics, rootDiags[i]...)
	}
	seen := map[*moduleConfig]bool{}
	for _, e := range p.modules {
		if e.cfg != nil && !seen[e.cfg] {
			seen[e.cfg] = true
			res.Diagnostics = append(res.Diagnostics, e.cfg.diags...)
		}
	}
	res.Diagnostics = lint.SortDiagnostics(res.Diagnostics)
	res.Sources = p.sources
	return res
}

// localCallee returns the folder a module call names with a local path
// ("./x", "../x"); ok is false for registry, git and other sources.
func (cfg *moduleConfig) localCallee(call *callDecl) (string, bool) {
	src := call.source
	if !strings.HasPrefix(src, "./") && !strings.HasPrefix(src, "../") && src != "." && src != ".." {
		return "", false
	}
	return filepath.Join(cfg.dir, filepath.FromSlash(src)), true
}

// unreachable returns the scanned modules that no root reaches (modules that
// only call each other), so that they are evaluated too.
func unreachable(p *parser, all, roots []*moduleConfig) []*moduleConfig {
	reached := map[*moduleConfig]bool{}
	var walk func(cfg *moduleConfig)
	walk = func(cfg *moduleConfig) {
		if reached[cfg] {
			return
		}
		reached[cfg] = true
		for _, call := range cfg.calls {
			if dir, ok := cfg.localCallee(call); ok {
				walk(p.module(dir))
			}
		}
	}
	for _, r := range roots {
		walk(r)
	}
	var extra []*moduleConfig
	for _, cfg := range all {
		if !reached[cfg] {
			extra = append(extra, cfg)
			walk(cfg)
		}
	}
	return extra
}

func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// discover lists the folders below paths that hold configuration files,
// skipping hidden folders and .terraform. A file path stands for its folder.
//
// Symlinked folders are not followed (filepath.WalkDir does not), and with a
// boundary a path that resolves outside it is not scanned.
func discover(paths []string, exclude func(string) bool, b *confine.Boundary) ([]string, []lint.Diagnostic) {
	var diags []lint.Diagnostic
	set := map[string]string{}
	add := func(dir string) {
		abs, _ := filepath.Abs(dir)
		if _, ok := set[abs]; !ok {
			set[abs] = filepath.Clean(dir)
		}
	}
	for _, path := range paths {
		if _, inside := b.Inside(path); !inside {
			diags = append(diags, lint.Diagnostic{Severity: lint.DiagError, Summary: "Path outside the repository", Detail: path + " resolves outside the repository; it was not scanned", Subject: &hcl.Range{Filename: path}})
			continue
		}
		info, err := os.Stat(path)
		if err != nil {
			diags = append(diags, lint.Diagnostic{Severity: lint.DiagError, Summary: "Cannot scan path", Detail: err.Error(), Subject: &hcl.Range{Filename: path}})
			continue
		}
		if !info.IsDir() {
			if exclude == nil || !exclude(path) {
				add(filepath.Dir(path))
			}
			continue
		}
		_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				diags = append(diags, lint.Diagnostic{Severity: lint.DiagWarning, Summary: "Cannot read folder", Detail: err.Error(), Subject: &hcl.Range{Filename: p}})
				return nil
			}
			if d.IsDir() {
				if p != path && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || (exclude != nil && exclude(p))) {
					return filepath.SkipDir
				}
				return nil
			}
			if isConfigFile(d.Name()) && (exclude == nil || !exclude(p)) {
				add(filepath.Dir(p))
			}
			return nil
		})
	}
	dirs := make([]string, 0, len(set))
	for _, d := range set {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs, diags
}

// withCallers adds, for every file path, the folders that call the file's
// folder as a module: changing a module re-scans the roots that use it.
func withCallers(dirs, paths []string, opts Options) []string {
	var fileDirs []string
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			fileDirs = append(fileDirs, filepath.Dir(p))
		}
	}
	if len(fileDirs) == 0 {
		return dirs
	}
	have := map[string]bool{}
	for _, d := range dirs {
		abs, _ := filepath.Abs(d)
		have[abs] = true
	}
	for _, c := range callers(opts.RepoRoot, fileDirs, opts.Boundary) {
		if !have[c] && (opts.Exclude == nil || !opts.Exclude(c)) {
			have[c] = true
			dirs = append(dirs, relIfBelow(c))
		}
	}
	sort.Strings(dirs)
	return dirs
}

// relIfBelow shows a folder relative to the working directory when it is below it.
func relIfBelow(abs string) string {
	wd, err := os.Getwd()
	if err != nil {
		return abs
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return abs
}

func evalRoot(p *parser, cfg *moduleConfig, opts *Options) (mod *lint.Module, diags []lint.Diagnostic) {
	r := &rootEval{p: p, opts: opts, dir: cfg.dir, mod: lint.NewModule(cfg.dir)}
	r.budget = limits.NewBudget(opts.Context, opts.MaxSteps, opts.MaxElements, opts.MaxTemplateBytes, opts.MaxStringBytes)
	defer func() {
		e := recover()
		if ex, ok := e.(*limits.Exceeded); ok || (e == nil && r.budget.Exceeded() != nil) {
			// A spent budget unwinds the evaluation to here (or, caught
			// by a function on the way, made it end early).
			if !ok {
				ex = r.budget.Exceeded()
			}
			diags = append(diags, r.diags...)
			mod, diags = r.mod, append(diags, r.budgetDiag(ex))
			return
		}
		// A bug in the evaluator must not end the scan: this root keeps what
		// it had, with a diagnostic saying so, and the other roots go on.
		if e != nil {
			mod = r.mod
			diags = append(diags, r.diags...)
			diags = append(diags, lint.Diagnostic{
				Severity: lint.DiagError,
				Summary:  fmt.Sprintf("internal error while evaluating %s: %v", cfg.dir, e),
				Detail:   "please report this with the input that caused it; the root module was only partly evaluated\n" + string(debug.Stack()),
				Subject:  &hcl.Range{Filename: cfg.dir},
			})
		}
	}()
	r.absDir, _ = filepath.Abs(cfg.dir)
	r.funcs = funcs.TableFor(funcs.Access{Dir: cfg.dir, Boundary: opts.Boundary, Refused: r.refuse, Missing: r.missingFile, Budget: r.budget})
	name, budget := r.budget.Var()
	r.base = &hcl.EvalContext{Variables: map[string]cty.Value{name: budget}, Functions: r.funcs}
	r.rootVars = r.loadRootVars(cfg)
	r.installed = r.installedModules(cfg.dir)
	r.locked = lockedProviders(opts.Boundary, cfg.dir)
	in := newInstance(r, cfg, nil)
	in.evalAll()
	in.checkRootVariables()
	return r.mod, r.diags
}

// maxManifestSize caps .terraform/modules/modules.json.
const maxManifestSize = 16 << 20

// installedModules reads the module manifest that terraform init writes. A
// manifest that is a special file, too large or outside the boundary is not
// read (a warning says so); its Dir entries are checked where they are used.
func (r *rootEval) installedModules(root string) map[string]string {
	path := filepath.Join(root, ".terraform", "modules", "modules.json")
	data, err := r.opts.Boundary.ReadFile(path, maxManifestSize)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.Is(err, confine.ErrOutside), errors.Is(err, confine.ErrNotRegular), errors.Is(err, confine.ErrTooLarge):
		r.diag(lint.DiagWarning, "Module manifest not read", path+": "+reason(err)+"; installed modules were not scanned", hcl.Range{Filename: path})
		return nil
	case err != nil:
		return nil
	}
	var manifest struct {
		Modules []struct {
			Key string `json:"Key"`
			Dir string `json:"Dir"`
		} `json:"Modules"`
	}
	if json.Unmarshal(data, &manifest) != nil {
		return nil
	}
	out := map[string]string{}
	for _, m := range manifest.Modules {
		if m.Key == "" || m.Dir == "" {
			continue
		}
		dir := filepath.FromSlash(m.Dir)
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
		out[m.Key] = dir
	}
	return out
}

// reason says in words why the boundary refused a file.
func reason(err error) string {
	switch {
	case errors.Is(err, confine.ErrOutside):
		return "it resolves outside the repository"
	case errors.Is(err, confine.ErrNotRegular):
		return "it is not a regular file"
	case errors.Is(err, confine.ErrTooLarge):
		return "it is too large"
	}
	return err.Error()
}

// maxLockSize caps .terraform.lock.hcl.
const maxLockSize = 1 << 20

var lockSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "provider", LabelNames: []string{"source"}}}}

// lockedProviders reads the provider versions terraform init selected. A
// lock file that is missing, special, too large, outside the boundary or
// not valid is ignored: the constraints alone then decide.
func lockedProviders(b *confine.Boundary, dir string) map[string]string {
	src, err := b.ReadFile(filepath.Join(dir, ".terraform.lock.hcl"), maxLockSize)
	if err != nil {
		return nil
	}
	f, d := hclsyntax.ParseConfig(src, ".terraform.lock.hcl", hcl.InitialPos)
	if d.HasErrors() {
		return nil
	}
	c, _, _ := f.Body.PartialContent(lockSchema)
	if c == nil {
		return nil
	}
	out := map[string]string{}
	for _, blk := range c.Blocks {
		attrs, _ := blk.Body.JustAttributes()
		a, ok := attrs["version"]
		if !ok {
			continue
		}
		v, d := a.Expr.Value(nil)
		if d.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
			continue
		}
		source := blk.Labels[0]
		out[source[strings.LastIndex(source, "/")+1:]] = v.AsString()
	}
	return out
}
