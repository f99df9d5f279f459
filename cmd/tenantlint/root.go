package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/atomicfile"
	"github.com/tenantlint/tenantlint/lint/baseline"
	"github.com/tenantlint/tenantlint/lint/config"
	"github.com/tenantlint/tenantlint/lint/load"
	"github.com/tenantlint/tenantlint/lint/output"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// usageError marks errors that are the caller's: exit 2 with usage help.
type usageError struct{ error }

type scanFlags struct {
	formats  []string
	vars     []string
	varFiles []string
	failOn   string
	softFail bool
	noColor  bool
	quiet    bool
	include  []string
	exclude  []string
	repoRoot string

	configPath     string
	baseline       string
	baselineWrite  string
	noInlineIgnore bool
	requireReason  bool
}

func run(args []string, stdout, stderr io.Writer) int {
	code := exitClean
	root := newRootCmd(stdout, stderr, &code)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "tenantlint: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "Run 'tenantlint --help' for usage.")
		}
		return exitError
	}
	return code
}

func newRootCmd(stdout, stderr io.Writer, code *int) *cobra.Command {
	f := &scanFlags{}
	root := &cobra.Command{
		Use:   "tenantlint [flags] [PATH...]",
		Short: "Find customer-side security misconfigurations in Terraform",
		Long: "tenantlint evaluates Terraform as Terraform would (variables, tfvars, locals, modules,\n" +
			"count, for_each, dynamic blocks, functions) and reports the security settings that are\n" +
			"the customer's duty under the cloud shared responsibility model.\n\n" +
			"It scans every root module below each PATH (default: the current folder). It never\n" +
			"calls the network, never downloads modules and never writes into the scanned tree.\n\n" +
			"Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or load error.",
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := scan(f, args, cmd.Flags().Changed, stdout)
			*code = c
			return err
		},
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	fl := root.Flags()
	fl.StringArrayVarP(&f.formats, "format", "f", nil, "output `FORMAT[=FILE]`: "+strings.Join(output.Formats(), ", ")+" (repeatable; without =FILE it writes to stdout; default text)")
	fl.StringArrayVar(&f.vars, "var", nil, "set a root module variable, `NAME=VALUE` (repeatable)")
	fl.StringArrayVar(&f.varFiles, "var-file", nil, "read root module variables from a .tfvars or .tfvars.json `FILE` (repeatable)")
	fl.StringVar(&f.failOn, "fail-on", "low", "lowest `SEVERITY` that makes the exit code 1: critical, high, medium, low")
	fl.BoolVar(&f.softFail, "soft-fail", false, "exit 0 even when there are findings")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output (NO_COLOR is honoured too)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing when there is no finding")
	fl.StringArrayVar(&f.include, "include", nil, "run only the checks whose ID matches `PATTERN` (glob, repeatable)")
	fl.StringArrayVar(&f.exclude, "exclude", nil, "skip the checks whose ID matches `PATTERN` (glob, repeatable)")
	fl.StringVar(&f.repoRoot, "repo-root", "", "`DIR` that output paths are relative to (default: the git root above the first PATH)")
	fl.StringVar(&f.configPath, "config", "", "read settings from `FILE` (default: .tenantlint.hcl in the scan root or a parent, up to the repository root)")
	fl.StringVar(&f.baseline, "baseline", "", "report the findings recorded in `FILE` as baselined: shown, not failing")
	fl.StringVar(&f.baselineWrite, "baseline-write", "", "record the current findings in `FILE` and exit 0")
	fl.BoolVar(&f.noInlineIgnore, "no-inline-ignores", false, "ignore tenantlint:ignore comments: report everything")
	fl.BoolVar(&f.requireReason, "require-reason", false, "an ignore comment without a reason (\"-- why\") is an error")
	root.AddCommand(newChecksCmd(stdout), newExplainCmd(stdout), newVersionCmd(stdout))
	return root
}

// selectChecks applies --include and --exclude globs to the registry.
func selectChecks(from []*lint.Check, include, exclude []string) ([]*lint.Check, error) {
	for _, p := range append(append([]string{}, include...), exclude...) {
		if _, err := filepath.Match(p, ""); err != nil {
			return nil, usageError{fmt.Errorf("bad check pattern %q: %w", p, err)}
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

type target struct {
	format string
	file   string
}

func parseFormats(specs []string) ([]target, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
	}
	var out []target
	stdoutTaken := false
	for _, s := range specs {
		name, file, _ := strings.Cut(s, "=")
		if _, ok := output.Lookup(name); !ok {
			return nil, usageError{fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(output.Formats(), ", "))}
		}
		if file == "" {
			if stdoutTaken {
				return nil, usageError{errors.New("only one --format may write to stdout; give the others a file: --format sarif=results.sarif")}
			}
			stdoutTaken = true
		}
		out = append(out, target{name, file})
	}
	return out, nil
}

func scan(f *scanFlags, paths []string, changed func(string) bool, stdout io.Writer) (int, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	repoRoot := f.repoRoot
	if repoRoot == "" {
		repoRoot = findRepoRoot(paths[0])
	}
	repoRoot, _ = filepath.Abs(repoRoot)

	cfgPath := f.configPath
	if cfgPath == "" {
		start := paths[0]
		if info, err := os.Stat(start); err == nil && !info.IsDir() {
			start = filepath.Dir(start)
		}
		cfgPath = config.Find(start, repoRoot)
	}
	var cfg *config.Config
	if cfgPath != "" {
		c, err := config.Load(cfgPath)
		if err != nil {
			return exitError, fmt.Errorf("config: %w", err)
		}
		cfg = c
	}

	failOnName := f.failOn
	if cfg != nil && cfg.FailOn != "" && !changed("fail-on") {
		failOnName = cfg.FailOn
	}
	failOn, err := lint.ParseSeverity(failOnName)
	if err != nil {
		return exitError, usageError{err}
	}
	formats := f.formats
	if len(formats) == 0 && cfg != nil {
		formats = cfg.Formats
	}
	targets, err := parseFormats(formats)
	if err != nil {
		return exitError, err
	}
	selected, err := selectChecks(cfg.Select(checks.All), f.include, f.exclude)
	if err != nil {
		return exitError, err
	}
	varFiles := append(cfg.VarFilePaths(), f.varFiles...)
	for _, vf := range varFiles {
		if _, err := os.Stat(vf); err != nil {
			return exitError, usageError{fmt.Errorf("var file: %w", err)}
		}
	}
	for _, v := range f.vars {
		if !strings.Contains(v, "=") {
			return exitError, usageError{fmt.Errorf("--var %q: want NAME=VALUE", v)}
		}
	}

	opts := load.Options{Vars: f.vars, VarFiles: varFiles, Env: os.Environ()}
	if cfg != nil && len(cfg.ExcludePaths) > 0 {
		opts.Exclude = cfg.Excluded
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			opts.RepoRoot = repoRoot
		}
	}
	res := load.Load(paths, opts)
	findings, runDiags := lint.Run(res.Modules, selected)
	diags := append(append([]lint.Diagnostic{}, res.Diagnostics...), runDiags...)
	if cfg != nil {
		kept := findings[:0]
		for _, fd := range findings {
			if !cfg.Excluded(fd.Range.Filename) {
				if _, ok := cfg.SeverityOverrides[fd.Check.ID]; ok {
					fd.Severity = cfg.Severity(fd.Check)
				}
				kept = append(kept, fd)
			}
		}
		findings = kept
	}
	for _, fd := range findings {
		fd.Status = lint.Open
	}

	if !f.noInlineIgnore {
		ignores, d := lint.IgnoresIn(res.Sources)
		diags = append(diags, d...)
		diags = append(diags, lint.Suppress(findings, ignores, lint.SuppressOptions{
			Now:           time.Now(),
			RequireReason: f.requireReason,
			KnownIDs:      checkIDs(checks.All),
			RanIDs:        checkIDs(selected),
		})...)
	}
	rel := func(name string) string { return output.RelPath(repoRoot, name) }
	if f.baseline != "" {
		b, err := baseline.Read(f.baseline)
		if err != nil {
			return exitError, fmt.Errorf("baseline: %w", err)
		}
		for _, e := range b.Apply(findings, rel) {
			diags = append(diags, lint.Diagnostic{Severity: lint.DiagInfo, Summary: "Stale baseline entry",
				Detail: fmt.Sprintf("%s on %s in %s is no longer reported; write the baseline again to drop it", e.Rule, e.Address, e.File)})
		}
	}
	diags = lint.SortDiagnostics(diags)
	if f.baselineWrite != "" {
		if err := atomicfile.Write(f.baselineWrite, func(w io.Writer) error { return baseline.Write(w, findings, rel) }); err != nil {
			return exitError, fmt.Errorf("baseline: %w", err)
		}
	}

	report := &output.Report{
		Tool:        output.Tool{Name: "tenantlint", Version: toolVersion(), InformationURI: "https://github.com/tenantlint/tenantlint"},
		Checks:      sortedChecks(selected),
		Findings:    findings,
		Diagnostics: diags,
		Modules:     res.Modules,
		Sources:     res.Sources,
		RepoRoot:    repoRoot,
	}

	open, failing := 0, 0
	for _, fd := range findings {
		if fd.Status == lint.Open {
			open++
			if fd.Severity.Rank() >= failOn.Rank() {
				failing++
			}
		}
	}
	loadFailed := false
	for _, d := range diags {
		if d.Severity == lint.DiagError {
			loadFailed = true
		}
	}

	for _, t := range targets {
		w, _ := output.Lookup(t.format)
		if t.file == "" {
			if f.quiet && open == 0 && !loadFailed {
				continue
			}
			report.Color = t.format == "text" && colorWanted(stdout, f.noColor)
			if err := w(stdout, report); err != nil {
				return exitError, err
			}
			continue
		}
		r := *report
		r.Color = false
		if err := writeFile(t.file, w, &r); err != nil {
			return exitError, err
		}
	}
	switch {
	case f.baselineWrite != "":
		return exitClean, nil
	case loadFailed:
		return exitError, nil
	case failing > 0 && !f.softFail:
		return exitFindings, nil
	}
	return exitClean, nil
}

func checkIDs(cs []*lint.Check) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// writeFile writes one report file whole or not at all (see atomicfile).
func writeFile(path string, w output.Writer, r *output.Report) error {
	return atomicfile.Write(path, func(out io.Writer) error { return w(out, r) })
}

func sortedChecks(cs []*lint.Check) []*lint.Check {
	out := append([]*lint.Check{}, cs...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// findRepoRoot walks up from path to the folder holding .git; without one it
// is the current folder.
func findRepoRoot(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "."
	}
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		abs = filepath.Dir(abs)
	}
	for dir := abs; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return wd
}

func colorWanted(w io.Writer, noColor bool) bool {
	if noColor || os.Getenv("NO_COLOR") != "" {
		return false
	}
	fh, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := fh.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
