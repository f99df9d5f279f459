package output

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

const (
	reset = "\x1b[0m"
	bold  = "\x1b[1m"
	dim   = "\x1b[2m"
)

var sevColor = map[lint.Severity]string{lint.Critical: "\x1b[1;35m", lint.High: "\x1b[1;31m", lint.Medium: "\x1b[1;33m", lint.Low: "\x1b[1;36m"}

func paint(on bool, code, s string) string {
	if !on || code == "" {
		return s
	}
	return code + s + reset
}

// sourceLine returns line n (1-based) of a file, without its newline.
func sourceLine(src []byte, n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			return sc.Text(), true
		}
	}
	return "", false
}

// excerpt renders the first line of a range with a caret underline.
func excerpt(r *Report, rng hcl.Range, indent string) string {
	src, ok := r.Sources[rng.Filename]
	if !ok {
		return ""
	}
	line, ok := sourceLine(src, rng.Start.Line)
	if !ok {
		return ""
	}
	line = strings.ReplaceAll(line, "\t", " ")
	start := max(rng.Start.Column, 1)
	end := rng.End.Column
	if rng.End.Line != rng.Start.Line || end <= start {
		end = len([]rune(line)) + 1
	}
	width := max(end-start, 1)
	num := fmt.Sprintf("%d", rng.Start.Line)
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s | %s\n", indent, paint(r.Color, dim, num), line)
	fmt.Fprintf(&b, "%s%s | %s%s\n", indent, strings.Repeat(" ", len(num)), strings.Repeat(" ", start-1), paint(r.Color, bold, strings.Repeat("^", width)))
	return b.String()
}

func loc(r *Report, rng hcl.Range) string {
	return fmt.Sprintf("%s:%d:%d", RelPath(r.RepoRoot, rng.Filename), rng.Start.Line, rng.Start.Column)
}

func writeText(w io.Writer, r *Report) error {
	var b strings.Builder
	open := r.open()
	lastFile := ""
	for _, f := range open {
		file := RelPath(r.RepoRoot, f.Range.Filename)
		if file != lastFile {
			if lastFile != "" {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "%s\n", paint(r.Color, bold, file))
			lastFile = file
		}
		fmt.Fprintf(&b, "  %s  %s  %s\n", loc(r, f.Range), paint(r.Color, sevColor[f.Severity], strings.ToUpper(string(f.Severity))), f.Check.ID)
		fmt.Fprintf(&b, "    %s\n", f.Message)
		b.WriteString(excerpt(r, f.Range, "    "))
		for _, c := range f.ModuleCalls {
			fmt.Fprintf(&b, "    via module call at %s\n", loc(r, c))
		}
		for _, rel := range f.Related {
			fmt.Fprintf(&b, "    %s: %s\n", rel.Message, loc(r, rel.Range))
		}
	}
	var shown []lint.Diagnostic
	for _, d := range r.Diagnostics {
		if d.Severity == lint.DiagError || d.Severity == lint.DiagWarning {
			shown = append(shown, d)
		}
	}
	if len(shown) > 0 {
		if len(open) > 0 {
			b.WriteString("\n")
		}
		b.WriteString(paint(r.Color, bold, "Diagnostics") + "\n")
		for _, d := range shown {
			at := "-"
			if d.Subject != nil {
				at = loc(r, *d.Subject)
			}
			fmt.Fprintf(&b, "  %s  %s: %s\n", at, d.Severity, d.Summary)
			if d.Detail != "" {
				fmt.Fprintf(&b, "    %s\n", d.Detail)
			}
			if d.Subject != nil {
				b.WriteString(excerpt(r, *d.Subject, "    "))
			}
		}
	}
	b.WriteString("\n")
	b.WriteString(summaryText(r))
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCompact(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, f := range r.open() {
		fmt.Fprintf(&b, "%s: %s: %s [%s]\n", loc(r, f.Range), f.Severity, f.Message, f.Check.ID)
	}
	for _, d := range r.Diagnostics {
		if d.Subject == nil || (d.Severity != lint.DiagError && d.Severity != lint.DiagWarning) {
			continue
		}
		fmt.Fprintf(&b, "%s: %s: %s\n", loc(r, *d.Subject), d.Severity, d.Summary)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var githubLevel = map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "notice"}

func ghEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func writeGitHub(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, f := range r.open() {
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", githubLevel[f.Severity],
			ghEscapeProp(RelPath(r.RepoRoot, f.Range.Filename)), f.Range.Start.Line, f.Range.Start.Column, f.Range.End.Line, f.Range.End.Column,
			ghEscapeProp(f.Check.ID), ghEscapeData(f.Message))
	}
	for _, d := range r.Diagnostics {
		if d.Severity != lint.DiagError && d.Severity != lint.DiagWarning {
			continue
		}
		props := ""
		if d.Subject != nil {
			props = fmt.Sprintf(" file=%s,line=%d,col=%d,", ghEscapeProp(RelPath(r.RepoRoot, d.Subject.Filename)), d.Subject.Start.Line, d.Subject.Start.Column)
		}
		level := "warning"
		if d.Severity == lint.DiagError {
			level = "error"
		}
		fmt.Fprintf(&b, "::%s%stitle=tenantlint::%s\n", level, strings.TrimSuffix(props, ",")+map[bool]string{true: ",", false: " "}[props != ""], ghEscapeData(d.Summary+": "+d.Detail))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
