package output

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

type junitSuites struct {
	XMLName  xml.Name   `xml:"testsuites"`
	Name     string     `xml:"name,attr"`
	Tests    int        `xml:"tests,attr"`
	Failures int        `xml:"failures,attr"`
	Errors   int        `xml:"errors,attr"`
	Suite    junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// writeJUnit writes one test suite: per check, in ID order, a failing test
// case for each open finding ("<rule-id> <address>"), or one passing case
// named by the rule ID when the check had resources to inspect and found
// nothing open. Load errors become test cases in error, so a scan that could
// not read its input does not pass.
func writeJUnit(w io.Writer, r *Report) error {
	open := map[string][]*lint.Finding{}
	for _, f := range r.open() {
		open[f.Check.ID] = append(open[f.Check.ID], f)
	}
	present := map[string]bool{}
	for k, n := range r.inventory() {
		present[k] = n > 0
	}
	suite := junitSuite{Name: r.Tool.Name}
	for _, c := range r.Checks {
		fs := open[c.ID]
		for _, f := range fs {
			text := fmt.Sprintf("%s: %s\n\nHow to fix it: %s\n%s", r.position(f.Range), clean(f.Message), c.Remediation, helpURI(c.ID))
			suite.Cases = append(suite.Cases, junitCase{
				Name:      c.ID + " " + clean(f.Address),
				Classname: r.Tool.Name + "." + c.ID,
				File:      clean(r.rel(f.Range)),
				Line:      f.Range.Start.Line,
				Failure:   &junitProblem{Message: clean(f.Message), Type: string(f.Severity), Text: text},
			})
			suite.Failures++
		}
		if len(fs) == 0 && ran(c, present) {
			suite.Cases = append(suite.Cases, junitCase{Name: c.ID, Classname: r.Tool.Name + "." + c.ID})
		}
	}
	for _, d := range r.diagnostics() {
		if d.Severity != lint.DiagError {
			continue
		}
		tc := junitCase{Name: "diagnostic " + clean(d.Summary), Classname: r.Tool.Name}
		text := cleanText(diagText(d))
		if d.Subject != nil {
			tc.File, tc.Line = clean(r.rel(*d.Subject)), d.Subject.Start.Line
			text = r.position(*d.Subject) + ": " + text
		}
		tc.Error = &junitProblem{Message: clean(d.Summary), Type: string(d.Severity), Text: strings.TrimRight(text, "\n")}
		suite.Cases = append(suite.Cases, tc)
		suite.Errors++
	}
	suite.Tests = len(suite.Cases)
	return writeXML(w, junitSuites{Name: r.Tool.Name, Tests: suite.Tests, Failures: suite.Failures, Errors: suite.Errors, Suite: suite})
}

// ran says whether a check had something to inspect, as lint.Run decides.
func ran(c *lint.Check, present map[string]bool) bool {
	for _, typ := range c.Resources {
		if present[typ] {
			return true
		}
	}
	return false
}
