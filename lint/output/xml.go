package output

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// writeJUnit writes one test suite per check: a failing test case per open
// finding, a skipped one per suppressed or baselined finding, and one
// passing case for a check that found nothing.
func writeJUnit(w io.Writer, r *Report) error {
	byCheck := map[string][]*lint.Finding{}
	for _, f := range r.Findings {
		byCheck[f.Check.ID] = append(byCheck[f.Check.ID], f)
	}
	out := junitSuites{Name: r.Tool.Name}
	for _, c := range r.Checks {
		s := junitSuite{Name: c.ID}
		for _, f := range byCheck[c.ID] {
			tc := junitCase{Name: c.ID + " " + f.Address, Classname: c.ID, File: RelPath(r.RepoRoot, f.Range.Filename), Line: f.Range.Start.Line}
			switch f.Status {
			case lint.Suppressed, lint.Baselined:
				tc.Skipped = &junitSkipped{Message: string(f.Status)}
			case lint.Open, "":
				tc.Failure = &junitFailure{Message: f.Message, Type: string(f.Severity), Text: fmt.Sprintf("%s: %s\n%s", loc(r, f.Range), f.Message, c.Remediation)}
				s.Failures++
			}
			s.Cases = append(s.Cases, tc)
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: c.ID, Classname: c.ID})
		}
		s.Tests = len(s.Cases)
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Suites = append(out.Suites, s)
	}
	return writeXML(w, out)
}

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

func writeCheckstyle(w io.Writer, r *Report) error {
	out := checkstyleRoot{Version: "4.3"}
	index := map[string]int{}
	for _, f := range r.open() {
		name := RelPath(r.RepoRoot, f.Range.Filename)
		i, ok := index[name]
		if !ok {
			i = len(out.Files)
			index[name] = i
			out.Files = append(out.Files, checkstyleFile{Name: name})
		}
		out.Files[i].Errors = append(out.Files[i].Errors, checkstyleError{
			Line: f.Range.Start.Line, Column: f.Range.Start.Column, Severity: checkstyleSeverity[f.Severity],
			Message: f.Message, Source: "tenantlint." + f.Check.ID,
		})
	}
	return writeXML(w, out)
}

func writeXML(w io.Writer, v any) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
