// Package load reads Terraform configuration and evaluates it as Terraform
// would, without a provider and without the network, into lint.Modules.
package load

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
	"github.com/tenantlint/tenantlint/lint/load/funcs"
	"github.com/tenantlint/tenantlint/lint/load/internal/limits"
	"github.com/tenantlint/tenantlint/lint/workdir"
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
	// Files, when set, is what every read goes through instead of the
	// operating system's files (a git tree: gitrev.TreeFS); it confines
	// reads itself, and Boundary is not consulted. Nil reads the
	// operating system's files through Boundary.
	Files fsys.FS

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
	// CacheBytes bounds the parsed module folders a Stream holds, in bytes
	// of their source (0: DefaultCacheBytes). Load holds everything.
	CacheBytes int64
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

// Stream's default bounds: the source bytes of the parsed module folders it
// holds (their parse trees take about twelve times as much), and the bytes
// of file text it keeps from its first pass for the parse.
const (
	DefaultCacheBytes = 1 << 20
	DefaultReadBytes  = 16 << 20
)

func (opts *Options) defaults() {
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
}

// Load finds every root module below the paths (a file stands for its
// folder), parses each file once, and evaluates each root in parallel. It
// keeps everything: for a scan of any size, use Stream.
func Load(paths []string, opts Options) *Result {
	p := newParser(opts.files())
	mods, st := stream(p, paths, opts, func(m *lint.Module) *lint.Module { return m })
	return &Result{Modules: mods, Diagnostics: st.Diagnostics, Sources: p.sources}
}

// Streamed is what a Stream leaves besides the results of its visits.
type Streamed struct {
	// Diagnostics are every diagnostic of the load, sorted: of discovery,
	// of each file's parse (once) and of each root's evaluation.
	Diagnostics []lint.Diagnostic
	// Roots is how many root modules were evaluated; Parses how many
	// module folder parses that took (more than the folders when the cache
	// dropped some that were needed again).
	Roots, Parses int
	p             *parser
}

// Sources returns the text of the named files and of every file read that
// may hold ignore comments (lint.MayHoldIgnores), read again through the
// boundary: what snippets and suppression need, not the whole input.
func (s *Streamed) Sources(names []string) map[string][]byte {
	out := map[string][]byte{}
	s.p.mu.Lock()
	want := make([]string, 0, len(names)+len(s.p.marked))
	want = append(want, names...)
	for n := range s.p.marked {
		want = append(want, n)
	}
	s.p.mu.Unlock()
	for _, n := range want {
		if _, ok := out[n]; ok || n == "" {
			continue
		}
		if src, d := readSource(n, s.p.b); src != nil && (d == nil || d.Severity != lint.DiagError) {
			out[n] = src
		}
	}
	return out
}

// Files are the names of every file the load read, sorted.
func (s *Streamed) Files() []string {
	s.p.mu.Lock()
	defer s.p.mu.Unlock()
	out := make([]string, 0, len(s.p.files))
	for n := range s.p.files {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Stream loads as Load does, but hands each evaluated root module to visit
// as soon as it is evaluated, from several goroutines at once, and keeps
// nothing of it: only visit's results, in root order. Parsed module folders
// are shared by the roots that call them through a cache bounded in bytes
// (opts.CacheBytes), so memory is bounded by the parallel width times the
// largest root, not by the input.
func Stream[T any](paths []string, opts Options, visit func(*lint.Module) T) ([]T, *Streamed) {
	p := newParser(opts.files())
	p.keepSources = false
	budget := opts.CacheBytes
	if budget <= 0 {
		budget = DefaultCacheBytes
	}
	p.cache = newConfigCache(budget)
	p.pre.budget = DefaultReadBytes
	return stream(p, paths, opts, visit)
}

func stream[T any](p *parser, paths []string, opts Options, visit func(*lint.Module) T) ([]T, *Streamed) {
	opts.defaults()
	dirs, diags := discover(paths, opts.Exclude, opts.files(), p.wd)
	if opts.RepoRoot != "" {
		dirs = withCallers(dirs, paths, opts)
	}
	// First pass: every folder's module calls, read from the text, to tell
	// roots from called modules before anything is parsed.
	abs := make([]string, len(dirs))
	parallel(len(dirs), func(i int) {
		abs[i] = p.wd.AbsOr(dirs[i])
		p.predict(dirs[i])
	})
	roots := chooseRoots(dirs, abs, p.predict)

	type slot struct {
		v     T
		ok    bool
		diags []lint.Diagnostic
	}
	done := map[string]*slot{}
	evalAll := func(rs []string) {
		slots := make([]*slot, len(rs))
		parallel(len(rs), func(i int) {
			cfg := p.module(rs[i])
			mod, d := evalRoot(p, cfg, &opts)
			sl := &slot{diags: d}
			if len(mod.All()) > 0 || len(cfg.resources) > 0 || len(cfg.calls) > 0 {
				sl.v, sl.ok = visit(mod), true
			}
			slots[i] = sl
		})
		for i, r := range rs {
			done[r] = slots[i]
		}
	}
	evalAll(roots)
	// The parses know the real calls: where the text misled the first pass
	// (a module block it could not read), the roots are chosen again, the
	// new ones evaluated and the results of the others dropped.
	for range 4 {
		want := chooseRoots(dirs, abs, p.parsedCalls)
		if slices.Equal(want, roots) {
			break
		}
		var missing []string
		for _, w := range want {
			if done[w] == nil {
				missing = append(missing, w)
			}
		}
		evalAll(missing)
		roots = want
	}

	var out []T
	for _, r := range roots {
		sl := done[r]
		if sl.ok {
			out = append(out, sl.v)
		}
		diags = append(diags, sl.diags...)
	}
	p.mu.Lock()
	diags = append(diags, p.cfgDiags...)
	p.mu.Unlock()
	return out, &Streamed{Diagnostics: lint.SortDiagnostics(diags), Roots: len(roots), Parses: p.cache.parses(), p: p}
}

// isLocalSource says whether a module source is a local path ("./x", "../x").
func isLocalSource(src string) bool {
	return strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".."
}

// localCallee returns the folder a module call names with a local path
// ("./x", "../x"); ok is false for registry, git and other sources.
func (cfg *moduleConfig) localCallee(call *callDecl) (string, bool) {
	if !isLocalSource(call.source) {
		return "", false
	}
	return filepath.Join(cfg.dir, filepath.FromSlash(call.source)), true
}

// predict reads the local module folders that dir calls from its files'
// text (scanSources), once per folder, keeping what it read for the parse.
func (p *parser) predict(dir string) []string {
	abs := p.wd.AbsOr(dir)
	p.mu.Lock()
	c, ok := p.predicted[abs]
	p.mu.Unlock()
	if ok {
		return c
	}
	var callees []string
	if l := p.listFiles(dir, abs); l.ok {
		for _, name := range append(l.primary, l.overrides...) {
			path := filepath.Join(dir, name)
			src, d := readSource(path, p.b)
			p.pre.put(path, readResult{src, d})
			p.shared.note(path, src)
			for _, s := range scanSources(name, src) {
				if isLocalSource(s) {
					callees = append(callees, p.wd.AbsOr(filepath.Join(dir, filepath.FromSlash(s))))
				}
			}
		}
	}
	p.mu.Lock()
	p.predicted[abs] = callees
	p.mu.Unlock()
	return callees
}

// parsedCalls are the local module folders dir calls, as its parse found
// them (parsing it if no parse has recorded them yet).
func (p *parser) parsedCalls(dir string) []string {
	key := p.realPath(p.wd.AbsOr(dir))
	p.mu.Lock()
	c, ok := p.called[key]
	p.mu.Unlock()
	if ok {
		return c
	}
	p.module(dir)
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.called[key]
}

// chooseRoots returns the folders no scanned folder calls, then those that
// no root reaches (modules that only call each other), so that they are
// evaluated too; calls gives a folder's local callees as absolute paths.
func chooseRoots(dirs, abs []string, calls func(dir string) []string) []string {
	called := map[string]bool{}
	for _, d := range dirs {
		for _, c := range calls(d) {
			called[c] = true
		}
	}
	reached := map[string]bool{}
	var walk func(dir, abs string)
	walk = func(dir, abs string) {
		if reached[abs] {
			return
		}
		reached[abs] = true
		for _, c := range calls(dir) {
			walk(c, c)
		}
	}
	var roots []string
	for i, d := range dirs {
		if !called[abs[i]] {
			roots = append(roots, d)
			walk(d, abs[i])
		}
	}
	for i, d := range dirs {
		if !reached[abs[i]] {
			roots = append(roots, d)
			walk(d, abs[i])
		}
	}
	return roots
}

// workersPerProc is how many goroutines parallel starts per processor.
const workersPerProc = 2

// parallel runs f(0) ... f(n-1) on up to twice as many goroutines as there
// are processors. A root often waits: on another root that is parsing a
// module both call (the cache parses each folder once), or on a file read.
// With one goroutine per processor that processor then idles; with two, the
// other one runs. The extra goroutines cost memory (each holds a root in
// flight), so they stop taking work once memory is short (memoryShort: in a
// large scan, near the soft limit, the garbage collector would run more
// often and cost more than the idle time they save). Memory stays bounded by
// 2 x GOMAXPROCS roots in flight, and by GOMAXPROCS once it is short.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	procs := runtime.GOMAXPROCS(0)
	for w := range min(workersPerProc*procs, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
				if w >= procs && memoryShort() {
					return // the others take the rest
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// memoryShort says whether the soft memory limit, rather than GOGC, now
// sets the pace of the garbage collector: the heap live after the last
// collection, grown by GOGC percent, reaches nine tenths of the limit.
// Without a limit (or with the collector off) it is never short.
func memoryShort() bool {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(sample)
	for _, s := range sample {
		if s.Value.Kind() != metrics.KindUint64 {
			return false
		}
	}
	live, gogc, limit := sample[0].Value.Uint64(), sample[1].Value.Uint64(), sample[2].Value.Uint64()
	if limit == math.MaxInt64 || gogc == 0 {
		return false
	}
	return live/100*(100+gogc) >= limit/10*9
}

// discover lists the folders below paths that hold configuration files,
// skipping hidden folders and .terraform. A file path stands for its folder.
//
// Symlinked folders are not followed (filepath.WalkDir does not), and with a
// boundary a path that resolves outside it is not scanned.
func discover(paths []string, exclude func(string) bool, b fsys.FS, wd workdir.Dir) ([]string, []lint.Diagnostic) {
	var diags []lint.Diagnostic
	set := map[string]string{}
	add := func(dir string) {
		abs, _ := wd.Abs(dir)
		if _, ok := set[abs]; !ok {
			set[abs] = filepath.Clean(dir)
		}
	}
	for _, path := range paths {
		if _, inside := b.Inside(path); !inside {
			diags = append(diags, lint.Diagnostic{Severity: lint.DiagError, Summary: "Path outside the repository", Detail: path + " resolves outside the repository; it was not scanned", Subject: &hcl.Range{Filename: path}})
			continue
		}
		info, err := b.Stat(path)
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
		_ = walkDir(b, path, func(p string, d fs.DirEntry, err error) error {
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
		if info, err := opts.files().Stat(p); err == nil && !info.IsDir() {
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
	for _, c := range callers(opts.RepoRoot, fileDirs, opts.files()) {
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
	var top *instance // the root instance, for the resources a spent budget leaves unfinished
	defer func() {
		e := recover()
		if ex, ok := e.(*limits.Exceeded); ok || (e == nil && r.budget.Exceeded() != nil) {
			// A spent budget unwinds the evaluation to here (or, caught
			// by a function on the way, made it end early).
			if !ok {
				ex = r.budget.Exceeded()
			}
			r.budgetUnknown(top, ex)
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
	r.absDir, _ = p.wd.Abs(cfg.dir)
	r.funcs = funcs.TableFor(funcs.Access{Dir: cfg.dir, Boundary: opts.Boundary, Files: opts.Files, Refused: r.refuse, Missing: r.missingFile, Budget: r.budget})
	name, budget := r.budget.Var()
	r.base = &hcl.EvalContext{Variables: map[string]cty.Value{name: budget}, Functions: r.funcs}
	r.rootVars = r.loadRootVars(cfg)
	// The folder's listing says whether terraform init left anything.
	if cfg.rootFiles.dotTerraform {
		r.installed = r.installedModules(cfg.dir)
	}
	if cfg.rootFiles.lockFile {
		r.locked = lockedProviders(opts.files(), cfg.dir)
	}
	in := newInstance(r, cfg, nil)
	top = in
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
	data, err := r.opts.files().ReadFile(path, maxManifestSize)
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
func lockedProviders(b fsys.FS, dir string) map[string]string {
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
