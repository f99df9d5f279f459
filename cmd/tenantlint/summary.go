package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/tenantlint/tenantlint/lint/output"
)

// maxReportBytes caps the JSON report the summary command reads.
const maxReportBytes = 64 << 20

// newSummaryCmd is `tenantlint job-summary REPORT.json`: the Markdown of a
// GitHub job summary from a JSON report (the GitHub Action appends it to
// $GITHUB_STEP_SUMMARY).
func newSummaryCmd(stdout io.Writer) *cobra.Command {
	var opts output.JobSummaryOptions
	cmd := &cobra.Command{
		Use:   "job-summary REPORT.json",
		Short: "Print a Markdown job summary of a JSON report (for $GITHUB_STEP_SUMMARY)",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			data, err := readReport(args[0])
			if err != nil {
				return err
			}
			return output.WriteJobSummary(stdout, data, opts)
		},
	}
	cmd.Flags().StringVar(&opts.BlobURL, "blob-url", "", "`URL` of the scanned commit's files, e.g. https://github.com/OWNER/REPO/blob/SHA, to link each finding to its line")
	cmd.Flags().IntVar(&opts.Top, "top", 20, "list at most `N` findings, most severe first")
	return cmd
}

func readReport(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, usageError{fmt.Errorf("%s is not a regular file", output.CleanText(path))}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxReportBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxReportBytes {
		return nil, fmt.Errorf("%s is larger than %d MiB", output.CleanText(path), maxReportBytes>>20)
	}
	return data, nil
}
