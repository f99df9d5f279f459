package output

import (
	"cmp"
	"encoding/xml"
	"io"
	"slices"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

type checkstyleRoot struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

var checkstyleSeverity = map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "info"}

var checkstyleDiagSeverity = map[lint.DiagSeverity]string{lint.DiagError: "error", lint.DiagWarning: "warning", lint.DiagInfo: "info"}

// writeCheckstyle writes checkstyle XML (as read by Jenkins' warnings plugin,
// reviewdog and others): open findings with the rule ID as source, and
// diagnostics that have a place with source "tenantlint". Files are sorted by
// name, entries by position.
func writeCheckstyle(w io.Writer, r *Report) error {
	type entry struct {
		rng hcl.Range
		e   checkstyleError
	}
	byFile := map[string][]entry{}
	for _, f := range r.open() {
		name := clean(r.rel(f.Range))
		byFile[name] = append(byFile[name], entry{f.Range, checkstyleError{
			Line: f.Range.Start.Line, Column: f.Range.Start.Column, Severity: checkstyleSeverity[f.Severity],
			Message: clean(f.Message), Source: f.Check.ID,
		}})
	}
	for _, d := range r.diagnostics() {
		if d.Subject == nil {
			continue
		}
		sev := checkstyleDiagSeverity[d.Severity]
		if sev == "" {
			sev = "info"
		}
		name := clean(r.rel(*d.Subject))
		byFile[name] = append(byFile[name], entry{*d.Subject, checkstyleError{
			Line: d.Subject.Start.Line, Column: d.Subject.Start.Column, Severity: sev,
			Message: clean(diagLine(d)), Source: r.Tool.Name,
		}})
	}
	names := make([]string, 0, len(byFile))
	for name := range byFile {
		names = append(names, name)
	}
	slices.Sort(names)
	out := checkstyleRoot{Version: "4.3"}
	for _, name := range names {
		es := byFile[name]
		slices.SortStableFunc(es, func(a, b entry) int {
			return cmp.Or(cmp.Compare(a.rng.Start.Line, b.rng.Start.Line), cmp.Compare(a.rng.Start.Column, b.rng.Start.Column))
		})
		file := checkstyleFile{Name: name}
		for _, e := range es {
			file.Errors = append(file.Errors, e.e)
		}
		out.Files = append(out.Files, file)
	}
	return writeXML(w, out)
}
