package output

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/tenantlint/tenantlint/lint"
)

// teachLine is the one line under a finding in the text format that says why
// it matters and how to fix it, from the check's own metadata: the first
// sentence of its description, the first line of its remediation, and where
// the rest is (`tenantlint explain ID`, whose text is the check's docs page).
func teachLine(c *lint.Check) string {
	why := firstSentence(c.Description)
	fix, more := firstLine(c.Remediation)
	var b strings.Builder
	if why != "" {
		b.WriteString("why: " + why)
	}
	if fix != "" {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString("fix: " + fix)
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if more {
		b.WriteString("(example: tenantlint explain " + c.ID + ")")
	} else {
		b.WriteString("(tenantlint explain " + c.ID + ")")
	}
	return b.String()
}

// firstSentence is the text up to the first full stop that ends a sentence
// (followed by a space and a capital, or by the end), joined onto one line.
func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' {
			continue
		}
		if i+1 == len(rs) {
			return s
		}
		if i+2 < len(rs) && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) && !abbreviation(rs[:i]) {
			return string(rs[:i+1])
		}
	}
	return s
}

// abbreviation says whether the text before a full stop ends in one ("e.g").
func abbreviation(before []rune) bool {
	w := before
	for i := len(before) - 1; i >= 0; i-- {
		if before[i] == ' ' || before[i] == '(' {
			w = before[i+1:]
			break
		}
	}
	switch strings.ToLower(string(w)) {
	case "e.g", "i.e", "etc", "vs", "approx":
		return true
	}
	return false
}

// firstLine is the remediation's first line as a sentence; more says that
// lines follow (an example), so "Encrypt the volume:" becomes "Encrypt the
// volume." and points at explain for the example.
func firstLine(s string) (line string, more bool) {
	s = strings.TrimSpace(s)
	line, rest, _ := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	more = strings.TrimSpace(rest) != ""
	if strings.HasSuffix(line, ":") {
		line = strings.TrimSuffix(line, ":")
		for _, tail := range []string{", for example", " for example", ", e.g.", ", like this", " like this", ", such as"} {
			line = strings.TrimSuffix(line, tail)
		}
		line = strings.TrimSuffix(line, ".") + "."
		more = true
	}
	return line, more
}

// responsibilityLine is the one-line responsibility summary of the text
// format: the customer's side, each domain that has open findings with their
// count, in the order of shared/responsibility.md.
func responsibilityLine(s Summary) string {
	var parts []string
	for _, row := range s.ByDomain {
		if row.OpenFindings > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", row.Name, row.OpenFindings))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "your side: " + strings.Join(parts, " · ") + " (--summary: by domain and service model)"
}

// quotedRE finds the values a message quotes ("*", "s3:*").
var quotedRE = regexp.MustCompile(`"([^"\n]{1,200})"`)

// focusLine is the line of a long finding range (a jsonencode policy, a
// heredoc) that holds a value the message quotes, so the excerpt shows the
// offending line and not only the first lines of the expression; 0 when the
// range is short, or no later line holds such a value. Secret findings get
// none: their values are not searched for.
func (r *Report) focusLine(f *lint.Finding) int {
	first, last := f.Range.Start.Line, lastLine(f.Range)
	if f.Secret || last-first+1 <= maxExcerptLines {
		return 0
	}
	lines := r.lines(f.Range.Filename, first, last)
	for _, m := range quotedRE.FindAllStringSubmatch(f.Message, -1) {
		want := `"` + m[1] + `"`
		for i := maxExcerptLines - 1; i < len(lines); i++ {
			if strings.Contains(lines[i], want) {
				return first + i
			}
		}
	}
	return 0
}
