// Package scan is one run of tenantlint as small steps: settle the settings
// (repository root, configuration, checks, report targets), load, run the
// checks, apply the configuration, suppress, baseline, write the reports and
// decide the exit code. The CLI maps flags to Options and the Outcome to an
// exit code; everything between is here.
package scan

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/atomicfile"
	"github.com/tenantlint/tenantlint/lint/baseline"
	"github.com/tenantlint/tenantlint/lint/config"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/load/fsys"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/peer"
	"github.com/tenantlint/tenantlint/lint/rules"
	"github.com/tenantlint/tenantlint/lint/workdir"
)

// Exit codes, one meaning each.
const (
	// ExitClean: no open finding at or above the fail-on severity.
	ExitClean = 0
	// ExitFindings: open findings at or above the fail-on severity.
	ExitFindings = 1
	// ExitError: a usage error, or nothing to scan (no Terraform file
	// under the paths given).
	ExitError = 2
	// ExitRejected: the scan ran, but some root module had errors that
	// Terraform would reject (or could not be evaluated to the end: the
	// --timeout, the evaluation budget); the findings for everything else
	// are still written.
	ExitRejected = 3
)

// UsageError marks an error that is the caller's (a bad flag value): the CLI
// adds a hint to --help.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// Options are what the user asked for, flag by flag. A zero field means the
// flag was not given: the configuration file's setting, else the default.
type Options struct {
	// Paths to scan (default ".").
	Paths []string
	// RepoRoot is what output paths are relative to (default: the folder
	// holding .git above the first path, else the working directory).
	RepoRoot string
	// ConfigPath is a configuration file the user named; "" looks for
	// .tenantlint.hcl from the first path up to the repository root.
	ConfigPath string
	// Formats are FORMAT[=FILE] specs; nil takes the configuration's, else text.
	Formats []string
	// Vars and VarFiles are as terraform's -var and -var-file.
	Vars, VarFiles []string
	// FailOn is the lowest severity that fails the run; "" takes the
	// configuration's, else low.
	FailOn string
	// SoftFail exits 0 whatever the findings; SoftFailAll also when
	// nothing was scanned or some root had errors (exit 2 or 3).
	SoftFail, SoftFailAll bool
	// ShowUnknown lists, in the text report, every decision a check could
	// not make because a value was unknown, with the reason.
	ShowUnknown bool
	// Quiet writes nothing to stdout when there is nothing to say.
	Quiet bool
	// Color colours the text format on stdout.
	Color bool
	// Summary prints the full responsibility table in the text format.
	Summary bool
	// Include and Exclude are check ID globs.
	Include, Exclude []string
	// Baseline marks the findings it records as baselined; BaselineWrite
	// records the open findings.
	Baseline, BaselineWrite string
	// NoInlineIgnores reports what ignore comments would silence;
	// RequireReason makes an ignore without "-- reason" an error.
	NoInlineIgnores, RequireReason bool
	// NoPeerIgnores leaves tfsec, trivy and checkov ignore comments unread.
	NoPeerIgnores bool
	// AllowOutside are folders or files outside the repository that the
	// configuration may read (--allow-outside): a flag, never a setting.
	AllowOutside []string
	// Timeout, when positive, stops evaluation after that long: the findings
	// of what was evaluated are reported, each root cut short gets a
	// warning, and the run exits 3 (an incomplete scan is not a pass).
	Timeout time.Duration
	// Env is where TF_VAR_name comes from.
	Env []string
	// Now is the time ignore expiries are judged at (zero: time.Now()).
	Now time.Time
	// CacheBytes bounds the parsed module folders the scan holds, in bytes
	// of their source (0: load.DefaultCacheBytes).
	CacheBytes int64
	// Checks is the registry to select from.
	Checks []*lint.Check
	// Tool names the program in reports.
	Tool output.Tool
	// NewFromRev reports only the findings not present at this git
	// revision (see NewFromRev); "" takes new_from_rev of the configuration.
	NewFromRev string
	// files, when set, is what the scan reads instead of the work tree
	// (--staged: the index, read from git objects).
	files fsys.FS
	// All shows every finding: no new_from_rev, and in --staged mode no
	// comparison with HEAD.
	All bool
	// Staged is the pre-commit mode: scan the tree the index holds, in the
	// folders the commit touches, and report what it adds to HEAD.
	Staged bool
	// Rules are folders (or files) of custom rules (--rules), read with
	// the configuration's; RuleLibrary is what their CEL environment adds.
	Rules       []string
	RuleLibrary rules.Library
	// Plan is a plan JSON file (terraform show -json) to scan: see plan.go.
	Plan string
}

// Outcome is what decides the exit code.
type Outcome struct {
	// Open counts the findings neither suppressed nor baselined; Failing
	// those of them at or above the fail-on severity.
	Open, Failing int
	// LoadFailed says an error diagnostic was reported.
	LoadFailed bool
	// BaselineWritten says the run recorded a baseline.
	BaselineWritten bool
	// SoftFail is the user's --soft-fail; SoftFailAll --soft-fail=all.
	SoftFail, SoftFailAll bool
}

// ExitCode is the one place exit codes are decided (see ExitClean...): an
// error diagnostic is 3 (also when a baseline was written: it may be
// incomplete); findings at or above fail-on are 1 unless --soft-fail, or a
// baseline was written. --soft-fail=all makes every outcome 0.
func (o Outcome) ExitCode() int {
	switch {
	case o.SoftFailAll:
		return ExitClean
	case o.LoadFailed:
		return ExitRejected
	case o.BaselineWritten, o.SoftFail:
		return ExitClean
	case o.Failing > 0:
		return ExitFindings
	}
	return ExitClean
}

// Settings are the options settled against the configuration file.
type Settings struct {
	RepoRoot string
	Config   *config.Config
	FailOn   lint.Severity
	Targets  []Target
	Checks   []*lint.Check
	VarFiles []string
	// Boundary is what the scan may read: see NewBoundary.
	Boundary *confine.Boundary
	// Rules are the custom rules of the run, compiled once (nil: none).
	Rules *rules.Set
}

// Target is one report: a format and a file ("" for stdout).
type Target struct {
	Format string
	File   string
}

// Settle finds the repository root and the configuration and checks every
// option, before anything is loaded.
func Settle(opts *Options) (*Settings, error) {
	if len(opts.Paths) == 0 {
		opts.Paths = []string{"."}
	}
	s := &Settings{RepoRoot: opts.RepoRoot}
	if s.RepoRoot == "" {
		s.RepoRoot = FindRepoRoot(opts.Paths[0])
	}
	s.RepoRoot, _ = filepath.Abs(s.RepoRoot)

	cfgPath := opts.ConfigPath
	if cfgPath == "" {
		start := opts.Paths[0]
		if info, err := os.Stat(start); err == nil && !info.IsDir() {
			start = filepath.Dir(start)
		}
		cfgPath = config.FindIn(start, s.RepoRoot, opts.files)
	}
	// The var files the user passed become roots of the boundary: they must
	// exist before it is made; those of the configuration are checked once
	// it is read.
	if err := varFilesExist(opts.VarFiles); err != nil {
		return nil, err
	}
	var err error
	if s.Boundary, err = NewBoundary(opts, s.RepoRoot); err != nil {
		return nil, UsageError{err}
	}
	if cfgPath != "" {
		// A file found in the scanned tree is a stranger's: it is read only
		// inside the boundary, and may name only report paths and var files
		// inside its own folder. One the user named is the user's.
		lo := config.LoadOptions{}
		if opts.ConfigPath == "" {
			lo = config.LoadOptions{Untrusted: true, Boundary: s.Boundary, Files: opts.files}
		}
		c, err := config.LoadWith(cfgPath, lo)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		s.Config = c
	}

	failOn := opts.FailOn
	if failOn == "" && s.Config != nil {
		failOn = s.Config.FailOn
	}
	if failOn == "" {
		failOn = string(lint.Low)
	}
	if s.FailOn, err = lint.ParseSeverity(failOn); err != nil {
		return nil, UsageError{err}
	}
	formats := opts.Formats
	if len(formats) == 0 && s.Config != nil {
		formats = s.Config.FormatSpecs()
	}
	if s.Targets, err = ParseFormats(formats); err != nil {
		return nil, err
	}
	if err := loadRules(opts, s); err != nil {
		return nil, err
	}
	if s.Checks, err = SelectChecks(s.Config.Select(opts.Checks), opts.Include, opts.Exclude); err != nil {
		return nil, err
	}
	if err := varFilesExist(s.Config.VarFilePaths()); err != nil {
		return nil, err
	}
	s.VarFiles = append(s.Config.VarFilePaths(), opts.VarFiles...)
	for _, v := range opts.Vars {
		if !strings.Contains(v, "=") {
			return nil, UsageError{fmt.Errorf("--var %q: want NAME=VALUE", v)}
		}
	}
	return s, nil
}

// NewBoundary is what a scan may read: the repository root of each path (the
// folder holding .git above it; the path itself when there is none), the
// --repo-root the user named, the var files the user passed, and the
// --allow-outside paths.
func NewBoundary(opts *Options, repoRoot string) (*confine.Boundary, error) {
	var roots []string
	if opts.RepoRoot != "" {
		roots = append(roots, repoRoot)
	}
	for _, p := range opts.Paths {
		if root, ok := gitRoot(p); ok {
			roots = append(roots, root)
		} else if _, err := os.Stat(p); err == nil {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		roots = append(roots, repoRoot)
	}
	for _, a := range opts.AllowOutside {
		if _, err := os.Stat(a); err != nil {
			return nil, fmt.Errorf("--allow-outside: %w", err)
		}
	}
	extra := slices.Concat(roots[1:], opts.AllowOutside, opts.VarFiles, opts.Rules)
	return confine.New(roots[0], extra...)
}

func varFilesExist(files []string) error {
	for _, vf := range files {
		if _, err := os.Stat(vf); err != nil {
			return UsageError{fmt.Errorf("var file: %w", err)}
		}
	}
	return nil
}

// SelectChecks applies --include and --exclude globs to the registry.
func SelectChecks(from []*lint.Check, include, exclude []string) ([]*lint.Check, error) {
	for _, p := range append(slices.Clone(include), exclude...) {
		if _, err := filepath.Match(p, ""); err != nil {
			return nil, UsageError{fmt.Errorf("bad check pattern %q: %w", p, err)}
		}
	}
	match := func(pats []string, id string) bool {
		for _, p := range pats {
			if ok, _ := filepath.Match(p, id); ok {
				return true
			}
		}
		return false
	}
	var out []*lint.Check
	for _, c := range from {
		if len(include) > 0 && !match(include, c.ID) {
			continue
		}
		if match(exclude, c.ID) {
			continue
		}
		out = append(out, c)
	}
	return out, nil
}

// ParseFormats reads FORMAT[=FILE] specs; at most one may take stdout.
func ParseFormats(specs []string) ([]Target, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
	}
	var out []Target
	stdoutTaken := false
	for _, s := range specs {
		name, file, _ := strings.Cut(s, "=")
		if _, ok := output.Lookup(name); !ok {
			return nil, UsageError{fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(output.Formats(), ", "))}
		}
		if file == "" {
			if stdoutTaken {
				return nil, UsageError{errors.New("only one --format may write to stdout; give the others a file: --format sarif=results.sarif")}
			}
			stdoutTaken = true
		}
		out = append(out, Target{name, file})
	}
	return out, nil
}

// Run performs a scan and writes its reports; stdout takes the report that
// names no file.
func Run(opts Options, stdout io.Writer) (Outcome, error) {
	side, cleanup, scanAny, err := prepareStaged(&opts)
	defer cleanup()
	if err != nil || !scanAny {
		return Outcome{}, err
	}
	return runWith(opts, stdout, side, Collect)
}

// runWith is Run with the way roots are loaded and checked: Collect
// (streaming) in use, CollectAll in tests that prove the two agree.
func runWith(opts Options, stdout io.Writer, side *gitSide, collect func(Options, *Settings) *Collected) (Outcome, error) {
	pin := takePlan(&opts)
	s, err := Settle(&opts)
	if err != nil {
		return Outcome{}, err
	}
	if pc, err := planCollector(pin, opts, s); err != nil {
		return Outcome{}, err
	} else if pc != nil {
		collect = pc
	}
	col := collect(opts, s)
	if err := nothingToScan(opts.Paths, col); err != nil {
		return Outcome{SoftFail: opts.SoftFail, SoftFailAll: opts.SoftFailAll}, err
	}
	findings, diags, undecided := col.Findings, col.Diagnostics, col.Undecided
	diags = append(diags, s.Rules.Diagnostics()...)
	findings = ApplyConfig(s.Config, findings)
	if !opts.NoInlineIgnores {
		diags = append(diags, Suppress(opts, s, col.Sources, findings)...)
	}
	wd := workdir.Capture()
	rel := func(name string) string { return output.RelPathFrom(wd, s.RepoRoot, name) }
	scope := newScope(s, col.Files, rel)
	bpath := baselinePath(opts, s)
	if bpath != "" {
		d, err := ApplyBaselineIn(bpath, baselineBound(opts, s), findings, rel, scope)
		if err != nil {
			return Outcome{}, err
		}
		diags = append(diags, d...)
	}
	recorded := findings
	compared := bpath != ""
	if rev, from := revRequest(opts, s); rev != "" {
		kept, d, err := NewFromRev(opts, s, col, findings, side, rev, from)
		if err != nil {
			return Outcome{}, err
		}
		findings, compared = kept, true
		diags = append(diags, d...)
	}
	findings = lint.Group(findings, col.Instances)
	undecided = lint.OpenDecisions(undecided, findings, s.Config.Excluded)
	diags = lint.SortDiagnostics(diags)
	out := Tally(findings, diags, s.FailOn)
	out.SoftFail, out.SoftFailAll = opts.SoftFail, opts.SoftFailAll
	if opts.BaselineWrite != "" {
		if err := WriteBaseline(opts.BaselineWrite, nil, recorded, rel, scope); err != nil {
			return Outcome{}, fmt.Errorf("baseline: %w", err)
		}
		out.BaselineWritten = true
	}
	report := &output.Report{
		Tool:        opts.Tool,
		Checks:      sortedChecks(s.Checks),
		Findings:    findings,
		Diagnostics: diags,
		Inventory:   col.Inventory,
		Sources:     col.Sources,
		RepoRoot:    s.RepoRoot,
		WorkDir:     wd,
		Compared:    compared,
		Undecided:   undecided,
		ShowUnknown: opts.ShowUnknown,
		FullSummary: opts.Summary || (s.Config != nil && s.Config.Summary),
	}
	quiet := opts.Quiet && out.Open == 0 && !out.LoadFailed
	if err := WriteReports(s.Targets, report, stdout, opts.Color, quiet); err != nil {
		return Outcome{}, err
	}
	return out, nil
}

// ApplyConfig drops the findings in excluded paths, gives the overridden
// checks their configured severity, and marks the rest open.
func ApplyConfig(cfg *config.Config, findings []*lint.Finding) []*lint.Finding {
	kept := findings[:0]
	for _, fd := range findings {
		if cfg != nil {
			if cfg.Excluded(fd.Range.Filename) {
				continue
			}
			if _, ok := cfg.SeverityOverrides[fd.Check.ID]; ok {
				fd.Severity = cfg.Severity(fd.Check)
			}
		}
		fd.Status = lint.Open
		kept = append(kept, fd)
	}
	return kept
}

// Suppress applies the ignore comments found in the sources.
func Suppress(opts Options, s *Settings, sources map[string][]byte, findings []*lint.Finding) []lint.Diagnostic {
	ignores, diags := lint.IgnoresIn(sources)
	if !opts.NoPeerIgnores {
		pi, pd := peer.IgnoresIn(sources)
		ignores, diags = append(ignores, pi...), append(diags, pd...)
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	return append(diags, lint.Suppress(findings, ignores, lint.SuppressOptions{
		Now:           now,
		RequireReason: opts.RequireReason,
		KnownIDs:      checkIDs(opts.Checks),
		RanIDs:        checkIDs(s.Checks),
	})...)
}

// ApplyBaseline marks the findings a baseline file records and lists its
// stale entries as diagnostics.
func ApplyBaseline(path string, findings []*lint.Finding, rel baseline.RelFunc) ([]lint.Diagnostic, error) {
	b, err := baseline.Read(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var diags []lint.Diagnostic
	for _, e := range b.Apply(findings, rel) {
		diags = append(diags, lint.Diagnostic{Severity: lint.DiagInfo, Summary: "Stale baseline entry",
			Detail: fmt.Sprintf("%s on %s in %s is no longer reported; write the baseline again to drop it", e.Rule, e.Address, e.File)})
	}
	return diags, nil
}

// Tally counts what decides the exit code.
func Tally(findings []*lint.Finding, diags []lint.Diagnostic, failOn lint.Severity) Outcome {
	var o Outcome
	for _, fd := range findings {
		if fd.Status == lint.Open {
			o.Open++
			if fd.Severity.Rank() >= failOn.Rank() {
				o.Failing++
			}
		}
	}
	for _, d := range diags {
		if d.Severity == lint.DiagError {
			o.LoadFailed = true
		}
	}
	return o
}

// WriteReports writes each target: files whole or not at all (atomicfile),
// stdout unless quiet.
func WriteReports(targets []Target, report *output.Report, stdout io.Writer, color, quiet bool) error {
	for _, t := range targets {
		w, _ := output.Lookup(t.Format)
		r := *report
		if t.File == "" {
			if quiet {
				continue
			}
			r.Color = color && t.Format == "text"
			if err := w(stdout, &r); err != nil {
				return err
			}
			continue
		}
		r.Color = false
		if err := atomicfile.Write(t.File, func(out io.Writer) error { return w(out, &r) }); err != nil {
			return err
		}
	}
	return nil
}

func checkIDs(cs []*lint.Check) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func sortedChecks(cs []*lint.Check) []*lint.Check {
	out := slices.Clone(cs)
	slices.SortFunc(out, func(a, b *lint.Check) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// FindRepoRoot walks up from path to the folder holding .git; without one
// it is the working directory.
func FindRepoRoot(path string) string {
	if root, ok := gitRoot(path); ok {
		return root
	}
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return wd
}

// gitRoot walks up from path to the folder holding .git.
func gitRoot(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		abs = filepath.Dir(abs)
	}
	for dir := abs; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir, true
		}
		if filepath.Dir(dir) == dir {
			return "", false
		}
	}
}
