package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/checks/rulefuncs"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/rules"
	"github.com/tenantlint/tenantlint/lint/scan"
)

// usageError marks errors that are the caller's: exit 2 with usage help.
type usageError struct{ error }

type scanFlags struct {
	formats  []string
	vars     []string
	varFiles []string
	failOn   string
	softFail string
	noColor  bool
	quiet    bool
	summary  bool
	include  []string
	exclude  []string
	repoRoot string

	allowOutside   []string
	timeout        time.Duration
	maxMemory      string
	configPath     string
	baseline       string
	baselineWrite  string
	noInlineIgnore bool
	requireReason  bool
	newFromRev     string
	all            bool
	staged         bool
	showUnknown    bool
	noPeerIgnores  bool
	rules          []string
	plan           string
}

func run(args []string, stdout, stderr io.Writer) int {
	code := scan.ExitClean
	root := newRootCmd(stdout, stderr, &code)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "tenantlint: %s\n", output.CleanText(err.Error()))
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "Run 'tenantlint --help' for usage.")
			return scan.ExitError
		}
		var nt scan.NothingToScanError
		if errors.As(err, &nt) {
			return code
		}
		return scan.ExitError
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
			exitCodesHelp,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runScan(f, args, cmd.Flags().Changed, stdout)
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
	fl.StringVar(&f.softFail, "soft-fail", "", "exit 0 even when there are findings; `=all` also when nothing was scanned (2) or a root had errors (3)")
	fl.Lookup("soft-fail").NoOptDefVal = softFailFindings
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output (NO_COLOR is honoured too)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing when there is no finding")
	fl.BoolVar(&f.summary, "summary", false, "print the full responsibility table (by domain and service model) after the text report")
	fl.StringArrayVar(&f.include, "include", nil, "run only the checks whose ID matches `PATTERN` (glob, repeatable)")
	fl.StringArrayVar(&f.exclude, "exclude", nil, "skip the checks whose ID matches `PATTERN` (glob, repeatable)")
	fl.StringVar(&f.repoRoot, "repo-root", "", "`DIR` that output paths are relative to (default: the git root above the first PATH)")
	fl.StringArrayVar(&f.allowOutside, "allow-outside", nil, "let the configuration read `PATH` outside the repository (file(), module sources, var files; repeatable). Without it nothing outside the repository is read")
	fl.StringVar(&f.maxMemory, "max-memory", "", "soft memory limit of the scan, e.g. `512MiB` (default 320MiB, or GOMEMLIMIT): the garbage collector works harder near it")
	fl.DurationVar(&f.timeout, "timeout", 0, "stop evaluating after `DURATION` (e.g. 2m): report the findings so far, name the root modules cut short, exit 3")
	fl.StringVar(&f.configPath, "config", "", "read settings from `FILE` (default: .tenantlint.hcl in the scan root or a parent, up to the repository root)")
	fl.StringVar(&f.baseline, "baseline", "", "report the findings recorded in `FILE` as baselined: shown, not failing")
	fl.StringVar(&f.baselineWrite, "baseline-write", "", "record the current findings in `FILE` and exit 0")
	fl.BoolVar(&f.noInlineIgnore, "no-inline-ignores", false, "ignore tenantlint:ignore comments: report everything")
	fl.BoolVar(&f.showUnknown, "show-unknown", false, "list every decision a check could not make because a value is unknown, and why (no value for var.x, computed by the provider, ...)")
	fl.BoolVar(&f.requireReason, "require-reason", false, "an ignore comment without a reason (\"-- why\") is an error")
	fl.StringVar(&f.newFromRev, "new-from-rev", "", "report only the findings not present at git revision `REV` (read from git objects; nothing is checked out)")
	fl.BoolVar(&f.all, "all", false, "report every finding: no new_from_rev, and with --staged no comparison with HEAD")
	fl.BoolVar(&f.staged, "staged", false, "pre-commit mode: scan what the index holds in the folders the commit touches and fail only on what it adds to HEAD")
	root.AddCommand(newChecksCmd(stdout, registry(&f.rules)), newExplainCmd(stdout, registry(&f.rules)), newVersionCmd(stdout), newMigrateIgnoresCmd(stdout), newSummaryCmd(stdout), newTestRulesCmd(stdout, code))
	root.PersistentFlags().StringArrayVar(&f.rules, "rules", nil, "load custom rules ("+rules.Suffix+" files) from `DIR` (repeatable; also rules = \"DIR\" in .tenantlint.hcl)")
	fl.StringVar(&f.plan, "plan", "", "scan the plan JSON `FILE` of terraform show -json: its exact values, placed on the source lines; with PATH, fill what the source leaves unknown")
	fl.BoolVar(&f.noPeerIgnores, "no-peer-ignores", false, "ignore tfsec:ignore, trivy:ignore and checkov:skip comments (read by default as the tenantlint ignores they stand for)")
	return root
}

func runScan(f *scanFlags, paths []string, changed func(string) bool, stdout io.Writer) (int, error) {
	soft, softAll, err := parseSoftFail(f.softFail)
	if err != nil {
		return scan.ExitError, usageError{err}
	}
	if err := applyMaxMemory(f.maxMemory); err != nil {
		return scan.ExitError, usageError{err}
	}
	opts := scan.Options{
		Paths:           paths,
		RepoRoot:        f.repoRoot,
		ConfigPath:      f.configPath,
		Formats:         f.formats,
		Vars:            f.vars,
		VarFiles:        f.varFiles,
		SoftFail:        soft,
		SoftFailAll:     softAll,
		Quiet:           f.quiet,
		Summary:         f.summary,
		Color:           colorWanted(stdout, f.noColor),
		Include:         f.include,
		Exclude:         f.exclude,
		Baseline:        f.baseline,
		BaselineWrite:   f.baselineWrite,
		NoInlineIgnores: f.noInlineIgnore,
		RequireReason:   f.requireReason,
		ShowUnknown:     f.showUnknown,
		NoPeerIgnores:   f.noPeerIgnores,
		AllowOutside:    f.allowOutside,
		Timeout:         f.timeout,
		NewFromRev:      f.newFromRev,
		All:             f.all,
		Staged:          f.staged,
		Plan:            f.plan,
		Env:             os.Environ(),
		Checks:          checks.All,
		Rules:           f.rules,
		RuleLibrary:     rulefuncs.Library(),
		Tool:            output.Tool{Name: "tenantlint", Version: toolVersion(), InformationURI: "https://github.com/tenantlint/tenantlint"},
	}
	if changed("fail-on") {
		opts.FailOn = f.failOn
	}
	out, err := scan.Run(opts, stdout)
	if err != nil {
		var ue scan.UsageError
		if errors.As(err, &ue) {
			return scan.ExitError, usageError{ue.Err}
		}
		var nt scan.NothingToScanError
		if errors.As(err, &nt) && softAll {
			return scan.ExitClean, err
		}
		return scan.ExitError, err
	}
	return out.ExitCode(), nil
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
