package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

// GitHub Actions workflow commands:
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands

var githubLevel = map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "notice"}

var githubDiagLevel = map[lint.DiagSeverity]string{lint.DiagError: "error", lint.DiagWarning: "warning", lint.DiagInfo: "notice"}

// ghData escapes a command's message: line breaks become %0A, so no value
// can start a command of its own; clean then shows what is left of control
// characters as escapes.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// ghProp escapes a command's property value (then cleaned like data).
var ghProp = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// ghLocation is the file, line and column properties of a range.
func ghLocation(r *Report, rng hcl.Range) string {
	return fmt.Sprintf("file=%s,line=%d,col=%d,endLine=%d,endColumn=%d",
		clean(ghProp.Replace(r.rel(rng))), rng.Start.Line, rng.Start.Column, max(rng.End.Line, rng.Start.Line), rng.End.Column)
}

// writeGitHub writes a workflow command per open finding and diagnostic, so a
// GitHub Actions run annotates the lines (critical and high as errors,
// medium as warnings, low as notices).
func writeGitHub(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, f := range r.open() {
		fmt.Fprintf(&b, "::%s %s,title=%s::%s\n", githubLevel[f.Severity], ghLocation(r, f.Range),
			ghProp.Replace(f.Check.ID), clean(ghData.Replace(f.Message)))
	}
	for _, d := range r.diagnostics() {
		props := "title=" + ghProp.Replace(r.Tool.Name)
		if d.Subject != nil {
			props = ghLocation(r, *d.Subject) + "," + props
		}
		level := githubDiagLevel[d.Severity]
		if level == "" {
			level = "notice"
		}
		fmt.Fprintf(&b, "::%s %s::%s\n", level, props, clean(ghData.Replace(diagText(d))))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
