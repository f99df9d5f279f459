package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/docs"
	"github.com/tenantlint/tenantlint/lint/output"
	"github.com/tenantlint/tenantlint/lint/peer"
)

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit and build date",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(stdout, "tenantlint %s\ncommit: %s\nbuilt: %s\n", toolVersion(), output.CleanText(buildCommit()), output.CleanText(buildDate()))
			return err
		},
	}
}

func newChecksCmd(stdout io.Writer, registry func() ([]*lint.Check, error)) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "checks",
		Short: "List every check (table, json or markdown)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			all, err := registry()
			if err != nil {
				return err
			}
			switch format {
			case "table":
				return checksTable(stdout, all)
			case "json":
				return checksJSON(stdout, all)
			case "markdown":
				return checksMarkdown(stdout, all)
			}
			return usageError{fmt.Errorf("unknown format %q (want table, json or markdown)", format)}
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "`FORMAT`: table, json or markdown")
	return cmd
}

func checksTable(w io.Writer, all []*lint.Check) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tDOMAIN\tMODEL\tTITLE")
	for _, c := range all {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.ID, c.Severity, c.Domain, c.Model, c.Title)
	}
	return tw.Flush()
}

type checkDoc struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Severity    string   `json:"severity"`
	Domain      string   `json:"domain"`
	Model       string   `json:"model"`
	Category    string   `json:"provider_category"`
	Provider    string   `json:"provider"`
	Service     string   `json:"service"`
	Description string   `json:"description"`
	Remediation string   `json:"remediation"`
	Links       []string `json:"links"`
	Resources   []string `json:"resources"`
}

func checksJSON(w io.Writer, all []*lint.Check) error {
	docs := make([]checkDoc, 0, len(all))
	for _, c := range all {
		docs = append(docs, checkDoc{c.ID, c.Title, string(c.Severity), string(c.Domain), string(c.Model), c.Category, c.Provider(), c.Service(), c.Description, c.Remediation, c.Links, c.Resources})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(docs)
}

func checksMarkdown(w io.Writer, all []*lint.Check) error {
	_, err := io.WriteString(w, docs.Index(all))
	return err
}

func newExplainCmd(stdout io.Writer, registry func() ([]*lint.Check, error)) *cobra.Command {
	return &cobra.Command{
		Use:   "explain CHECK-ID",
		Short: "Print a check's documentation (also for a tfsec, trivy or checkov ID)",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			all, err := registry()
			if err != nil {
				return err
			}
			c := byID(all, args[0])
			if c == nil && peer.Default().Lookup(args[0]) != nil {
				return explainPeer(stdout, args[0])
			}
			if c == nil {
				return usageError{fmt.Errorf("no check %q; 'tenantlint checks' lists them", args[0])}
			}
			_, err = io.WriteString(stdout, docs.Page(c))
			return err
		},
	}
}
