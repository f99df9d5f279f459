package output

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
)

// ANSI styles for the text format.
const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	faint  = "\x1b[2m"
	red    = "\x1b[1;31m"
	yellow = "\x1b[1;33m"
	cyan   = "\x1b[1;36m"
	purple = "\x1b[1;35m"
)

var severityStyle = map[lint.Severity]string{lint.Critical: purple, lint.High: red, lint.Medium: yellow, lint.Low: cyan}

var diagStyle = map[lint.DiagSeverity]string{lint.DiagError: red, lint.DiagWarning: yellow, lint.DiagInfo: cyan}

// maxExcerptLines bounds the source lines shown under one finding.
const maxExcerptLines = 4

// textWriter accumulates the text report.
type textWriter struct {
	r *Report
	b strings.Builder
	// focus is a line past the first ones of a long excerpt to show too.
	focus int
}

func (t *textWriter) style(code, s string) string {
	if !t.r.Color || code == "" {
		return s
	}
	return code + s + reset
}

// position is file:line:col of a range's start, the file name cleaned.
func (r *Report) position(rng hcl.Range) string {
	return fmt.Sprintf("%s:%d:%d", clean(r.rel(rng)), rng.Start.Line, rng.Start.Column)
}

// writeText writes the report for a terminal: open findings grouped by file,
// each with its source excerpt, then diagnostics, then the summary.
func writeText(w io.Writer, r *Report) error {
	t := &textWriter{r: r}
	file := ""
	for _, f := range r.open() {
		if name := r.rel(f.Range); name != file {
			if file != "" {
				t.b.WriteString("\n")
			}
			file = name
			t.b.WriteString(t.style(bold, clean(file)) + "\n")
		}
		t.finding(f)
	}
	t.undecidedSection()
	if ds := r.diagnostics(); len(ds) > 0 {
		if t.b.Len() > 0 {
			t.b.WriteString("\n")
		}
		t.b.WriteString(t.style(bold, "Diagnostics") + "\n")
		for _, d := range ds {
			t.diagnostic(d)
		}
	}
	if t.b.Len() > 0 {
		t.b.WriteString("\n")
	}
	t.summary(Summarize(r))
	_, err := io.WriteString(w, t.b.String())
	return err
}

func (t *textWriter) finding(f *lint.Finding) {
	sev := strings.ToUpper(string(f.Severity))
	fmt.Fprintf(&t.b, "  %s  %s  %s  %s\n", t.r.position(f.Range), t.style(severityStyle[f.Severity], sev), t.style(faint, f.Check.ID), clean(f.Message))
	t.focus = t.r.focusLine(f)
	t.excerpt(f.Range, severityStyle[f.Severity], f.Secret)
	t.focus = 0
	t.instances(f)
	for _, rel := range f.Related {
		fmt.Fprintf(&t.b, "    %s at %s\n", clean(rel.Message), t.r.position(rel.Range))
	}
	fmt.Fprintf(&t.b, "    %s\n", t.style(faint, clean(teachLine(f.Check))))
}

func (t *textWriter) diagnostic(d lint.Diagnostic) {
	sev := t.style(diagStyle[d.Severity], strings.ToUpper(string(d.Severity)))
	if d.Subject != nil {
		fmt.Fprintf(&t.b, "  %s  %s  %s\n", t.r.position(*d.Subject), sev, clean(d.Summary))
	} else {
		fmt.Fprintf(&t.b, "  %s  %s\n", sev, clean(d.Summary))
	}
	for _, l := range strings.Split(strings.TrimRight(d.Detail, "\n"), "\n") {
		if l != "" {
			fmt.Fprintf(&t.b, "    %s\n", clean(l))
		}
	}
	if d.Subject != nil {
		t.excerpt(*d.Subject, diagStyle[d.Severity], false)
	}
}

// excerpt prints the source lines of a range with carets under the range.
// Long ranges show their first lines and say how many more there are. Lines
// are cleaned of control characters; with secret, the string literals of the
// range are masked.
func (t *textWriter) excerpt(rng hcl.Range, style string, secret bool) {
	first, last := rng.Start.Line, lastLine(rng)
	shown := min(last, first+maxExcerptLines-1)
	ls := t.r.lines(rng.Filename, first, shown)
	if ls == nil {
		return
	}
	orig := ls
	if secret {
		ls = maskLiterals(ls, rng.Start.Column)
	}
	gutter := len(strconv.Itoa(max(shown, t.focus)))
	for i, raw := range ls {
		n := first + i
		line, col := cleanLine(raw)
		from, to := firstNonSpace(line), lastNonSpace(line)
		if n == first {
			from = col(max(rng.Start.Column, 1))
		}
		if n == rng.End.Line {
			to = col(rng.End.Column)
		}
		if secret && n == rng.End.Line {
			// Masking changed the line's length: a range that ran to the end
			// of the line still does, and none runs past it.
			if rng.End.Column >= lastNonSpace(orig[i]) {
				to = lastNonSpace(line)
			}
			to = min(to, lastNonSpace(line))
		}
		fmt.Fprintf(&t.b, "    %s %s %s\n", t.style(faint, fmt.Sprintf("%*d", gutter, n)), t.style(faint, "|"), line)
		fmt.Fprintf(&t.b, "    %*s %s %s\n", gutter, "", t.style(faint, "|"), underline(line, from, to, t, style))
	}
	if shown < last && t.focus > shown && t.focus <= last {
		t.focusExcerpt(rng.Filename, shown, last, style, gutter)
		return
	}
	if shown < last {
		fmt.Fprintf(&t.b, "    %*s %s ... %d more lines\n", gutter, "", t.style(faint, "|"), last-shown)
	}
}

// focusExcerpt shows the focus line of a long range after its first lines,
// with carets under the line's text, and counts the lines left out.
func (t *textWriter) focusExcerpt(file string, shown, last int, style string, gutter int) {
	bar := t.style(faint, "|")
	if skipped := t.focus - shown - 1; skipped > 0 {
		fmt.Fprintf(&t.b, "    %*s %s ... %d lines\n", gutter, "", bar, skipped)
	}
	ls := t.r.lines(file, t.focus, t.focus)
	if len(ls) == 1 {
		line, _ := cleanLine(ls[0])
		fmt.Fprintf(&t.b, "    %s %s %s\n", t.style(faint, fmt.Sprintf("%*d", gutter, t.focus)), bar, line)
		fmt.Fprintf(&t.b, "    %*s %s %s\n", gutter, "", bar, underline(line, firstNonSpace(line), lastNonSpace(line), t, style))
	}
	if rest := last - t.focus; rest > 0 {
		fmt.Fprintf(&t.b, "    %*s %s ... %d more lines\n", gutter, "", bar, rest)
	}
}

// underline returns the indent and carets that mark columns [from, to) of a
// line; tabs in the indent are kept so the carets line up.
func underline(line string, from, to int, t *textWriter, style string) string {
	rs := []rune(line)
	var pad strings.Builder
	for i := 0; i < from-1; i++ {
		if i < len(rs) && rs[i] == '\t' {
			pad.WriteRune('\t')
		} else {
			pad.WriteRune(' ')
		}
	}
	return pad.String() + t.style(style, strings.Repeat("^", max(to-from, 1)))
}

// firstNonSpace is the column of a line's first non-blank character.
func firstNonSpace(line string) int {
	for i, r := range []rune(line) {
		if !unicode.IsSpace(r) {
			return i + 1
		}
	}
	return 1
}

// lastNonSpace is the column just after a line's last non-blank character.
func lastNonSpace(line string) int {
	return len([]rune(strings.TrimRightFunc(line, unicode.IsSpace))) + 1
}

func (t *textWriter) summary(s Summary) {
	b := &t.b
	switch s.Open {
	case 0:
		b.WriteString("No findings")
	case 1:
		b.WriteString("1 finding")
	default:
		fmt.Fprintf(b, "%d findings", s.Open)
	}
	if s.Open > 0 {
		var parts []string
		for _, sev := range lint.Severities {
			if n := s.BySeverity.of(sev); n > 0 {
				parts = append(parts, t.style(severityStyle[sev], fmt.Sprintf("%d %s", n, sev)))
			}
		}
		b.WriteString(": " + strings.Join(parts, ", "))
	}
	if s.Suppressed > 0 || s.Baselined > 0 {
		fmt.Fprintf(b, " (not shown: %d suppressed, %d baselined)", s.Suppressed, s.Baselined)
	}
	b.WriteString("\n")
	fmt.Fprintf(b, "%s inspected by %s\n", nounCount(s.ResourcesInspected, "resource"), nounCount(s.ChecksRun, "check"))
	if line := t.r.undecidedLine(); line != "" {
		b.WriteString(line + "\n")
	}
	if !t.r.FullSummary {
		if line := responsibilityLine(s); line != "" {
			b.WriteString(line + "\n")
		}
		return
	}
	b.WriteString("\n" + t.style(bold, "Your side of the shared responsibility model") + "\n")
	t.responsibility("domain", s.ByDomain)
	t.responsibility("service model", s.ByModel)
}

func (t *textWriter) responsibility(heading string, rows []ResponsibilityRow) {
	fmt.Fprintf(&t.b, "  %-14s %10s %14s\n", heading, "resources", "open findings")
	for _, row := range rows {
		n := fmt.Sprintf("%14d", row.OpenFindings)
		if row.OpenFindings > 0 {
			n = t.style(bold, n)
		}
		fmt.Fprintf(&t.b, "  %-14s %10d %s\n", row.Name, row.ResourcesInspected, n)
	}
}
