package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tenantlint/tenantlint/checks"
	"github.com/tenantlint/tenantlint/checks/rulefuncs"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/config"
	"github.com/tenantlint/tenantlint/lint/load/confine"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/rules"
	"github.com/tenantlint/tenantlint/lint/rules/ruletest"
)

// registry returns the built-in checks and the custom rules of the --rules
// folders and of the rules = "DIR" of a .tenantlint.hcl in the current
// folder (held to what a found file may ask for, as a scan holds it), for
// the commands that list and explain checks.
func registry(flagDirs *[]string) func() ([]*lint.Check, error) {
	return func() ([]*lint.Check, error) {
		dirs := slices.Clone(*flagDirs)
		if p := config.Find(".", "."); p != "" {
			cfg, err := config.LoadWith(p, config.LoadOptions{Untrusted: true})
			if err != nil {
				return nil, err
			}
			if rp := cfg.RulesPath(); rp != "" {
				dirs = append(dirs, rp)
			}
		}
		if len(dirs) == 0 {
			return checks.All, nil
		}
		// As in a scan of the current folder: the found file's rules are
		// read inside it, the --rules folders wherever they are.
		boundary, err := confine.New(".", *flagDirs...)
		if err != nil {
			return nil, err
		}
		set, err := rules.Load(dirs, rules.Options{Boundary: boundary, Reserved: builtinID, Library: rulefuncs.Library()})
		if err != nil {
			return nil, err
		}
		all := append(slices.Clip(checks.All), set.Checks()...)
		slices.SortFunc(all, func(a, b *lint.Check) int { return strings.Compare(a.ID, b.ID) })
		return all, nil
	}
}

func builtinID(id string) bool { return checks.ByID(id) != nil }

func byID(cs []*lint.Check, id string) *lint.Check {
	for _, c := range cs {
		if c.ID == id {
			return c
		}
	}
	return nil
}

func newTestRulesCmd(stdout io.Writer, code *int) *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test-rules DIR",
		Short: "Test custom rules against the fixtures beside them (# want: <id> markers)",
		Long: "test-rules loads every " + rules.Suffix + " file below DIR and runs the rules of each folder\n" +
			"over the Terraform below that folder, with the fixture harness of the built-in checks:\n" +
			"every line with a finding needs a \"# want: <id>\" marker and every marker its finding.\n" +
			"Exit 0 when every folder passes, 1 when one fails, 2 when a rule does not load.",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			rs, err := ruletest.Run(args[0], ruletest.Options{Library: rulefuncs.Library(), Reserved: builtinID, Now: time.Now()})
			if err != nil {
				*code = 2
				return err
			}
			failed := 0
			for _, r := range rs {
				status := "ok  "
				if len(r.Problems) > 0 {
					status = "FAIL"
					failed++
				}
				if verbose || len(r.Problems) > 0 {
					fmt.Fprintf(stdout, "%s %s (%s; %d findings)\n", status, output.CleanText(r.Dir), strings.Join(r.Rules, ", "), r.Findings)
				}
				for _, p := range r.Problems {
					fmt.Fprintf(stdout, "    %s\n", output.CleanText(p))
				}
			}
			fmt.Fprintf(stdout, "%d rule folders, %d failed\n", len(rs), failed)
			if failed > 0 {
				*code = 1
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every folder, not only those that fail")
	return cmd
}
