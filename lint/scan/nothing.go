package scan

import (
	"fmt"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/output"
)

// NothingToScanError says that no Terraform file was found under the paths
// given: exit 2 with this message, not a clean "No findings".
type NothingToScanError struct {
	Paths []string
	// Reasons are the error diagnostics that explain it (a path outside
	// the repository), one line each.
	Reasons []string
}

func (e NothingToScanError) Error() string {
	quoted := make([]string, len(e.Paths))
	for i, p := range e.Paths {
		quoted[i] = fmt.Sprintf("%q", p)
	}
	msg := "nothing to scan: no Terraform file (.tf, .tf.json) under " + strings.Join(quoted, ", ")
	for _, r := range e.Reasons {
		msg += "\n  " + r
	}
	return msg
}

// nothingToScan returns a NothingToScanError when the load found no
// Terraform file at all. A folder of Terraform files without resources
// (only variables, say) is a scan that found nothing, not this.
func nothingToScan(paths []string, res *Collected) error {
	if len(res.RootDirs) > 0 {
		return nil
	}
	for _, name := range res.Files {
		if strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json") {
			return nil
		}
	}
	e := NothingToScanError{Paths: paths}
	for _, d := range res.Diagnostics {
		if d.Severity != lint.DiagError {
			continue
		}
		line := d.Summary
		if d.Detail != "" {
			first, _, _ := strings.Cut(d.Detail, "\n")
			line += ": " + first
		}
		e.Reasons = append(e.Reasons, output.CleanText(line))
	}
	return e
}
