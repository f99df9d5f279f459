package output

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// GitHub shows at most this many error and this many warning annotations of
// one step on a pull request's diff; the rest exist only in the run's log.
const annotationLimit = 10

// JobSummaryOptions shape the Markdown job summary.
type JobSummaryOptions struct {
	// BlobURL is where files of the scanned commit are shown, e.g.
	// https://github.com/OWNER/REPO/blob/SHA; empty means no links to lines.
	// Only http and https URLs are used.
	BlobURL string
	// Top is how many findings the table lists (most severe first); 0 means 20.
	Top int
}

// jobSummaryInput is what the summary reads of a JSON report.
type jobSummaryInput struct {
	SchemaVersion string        `json:"schema_version"`
	Findings      []jsonFinding `json:"findings"`
	Diagnostics   []struct {
		Severity string `json:"severity"`
	} `json:"diagnostics"`
	Summary Summary `json:"summary"`
}

var ruleIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// WriteJobSummary turns a JSON report (the json format) into the Markdown of
// a GitHub job summary ($GITHUB_STEP_SUMMARY): open findings by severity and
// domain, the most severe findings as a table linking to their lines at the
// commit, and a note when GitHub's annotation limits hide some annotations.
// Every value from the scanned tree is escaped, so a message cannot become a
// link, an image, HTML or a table cell of its own.
func WriteJobSummary(w io.Writer, jsonReportData []byte, opts JobSummaryOptions) error {
	var rep jobSummaryInput
	if err := json.Unmarshal(jsonReportData, &rep); err != nil {
		return fmt.Errorf("reading the JSON report: %w", err)
	}
	if rep.SchemaVersion != JSONSchemaVersion {
		return fmt.Errorf("reading the JSON report: schema_version %q, want %q", rep.SchemaVersion, JSONSchemaVersion)
	}
	top := opts.Top
	if top <= 0 {
		top = 20
	}
	blob := safeBaseURL(opts.BlobURL)

	var open []jsonFinding
	for _, f := range rep.Findings {
		if f.Status == lint.Open.String() {
			open = append(open, f)
		}
	}
	s := rep.Summary
	var b strings.Builder
	b.WriteString("## tenantlint\n\n")
	switch len(open) {
	case 0:
		b.WriteString("**No open findings.**")
	case 1:
		b.WriteString("**1 open finding.**")
	default:
		fmt.Fprintf(&b, "**%d open findings.**", len(open))
	}
	fmt.Fprintf(&b, " %s inspected by %s", nounCount(s.ResourcesInspected, "resource"), nounCount(s.ChecksRun, "check"))
	if s.Suppressed > 0 || s.Baselined > 0 {
		fmt.Fprintf(&b, "; not counted: %d suppressed, %d baselined", s.Suppressed, s.Baselined)
	}
	b.WriteString(".\n\n")

	if len(open) > 0 {
		b.WriteString("| Severity | Open |\n|---|---:|\n")
		for _, sev := range lint.Severities {
			fmt.Fprintf(&b, "| %s | %d |\n", sev, s.BySeverity.of(sev))
		}
		b.WriteString("\n| Your side: domain | Open |\n|---|---:|\n")
		for _, row := range s.ByDomain {
			if row.OpenFindings > 0 {
				fmt.Fprintf(&b, "| %s | %d |\n", mdCell(row.Name), row.OpenFindings)
			}
		}
		b.WriteString("\n")
		writeTopFindings(&b, open, top, blob)
	}
	writeAnnotationNote(&b, open, rep.Diagnostics)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTopFindings(b *strings.Builder, open []jsonFinding, top int, blob string) {
	// Most severe first; within a severity the report's own order (file, line).
	var sorted []jsonFinding
	for _, sev := range lint.Severities {
		for _, f := range open {
			if f.Severity == string(sev) {
				sorted = append(sorted, f)
			}
		}
	}
	shown := sorted[:min(top, len(sorted))]
	if len(shown) == len(sorted) {
		b.WriteString("### Findings\n\n")
	} else {
		fmt.Fprintf(b, "### Top %d findings\n\n", len(shown))
	}
	b.WriteString("| Severity | Check | Where | Finding |\n|---|---|---|---|\n")
	for _, f := range shown {
		check := "`" + strings.ReplaceAll(CleanText(f.RuleID), "`", "'") + "`"
		if ruleIDPattern.MatchString(f.RuleID) {
			check = "[" + check + "](" + helpURI(f.RuleID) + ")"
		}
		where := mdCell(fmt.Sprintf("%s:%d", f.File, f.StartLine))
		if blob != "" && f.File != "" && !strings.HasPrefix(f.File, "/") && !strings.Contains(f.File, "..") {
			where = fmt.Sprintf("[%s](%s/%s#L%d)", where, blob, escapePath(f.File), f.StartLine)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", mdCell(f.Severity), check, where, mdCell(f.Message))
	}
	if rest := len(sorted) - len(shown); rest > 0 {
		noun := "findings"
		if rest == 1 {
			noun = "finding"
		}
		fmt.Fprintf(b, "\n%d more %s in the SARIF report (code scanning) and the step's log.\n", rest, noun)
	}
	b.WriteString("\n")
}

// writeAnnotationNote says how many annotations GitHub does not show on the
// diff: the github format makes critical and high findings and error
// diagnostics errors, medium findings and warning diagnostics warnings.
func writeAnnotationNote(b *strings.Builder, open []jsonFinding, diags []struct {
	Severity string `json:"severity"`
}) {
	errs, warns := 0, 0
	for _, f := range open {
		switch githubLevel[lint.Severity(f.Severity)] {
		case "error":
			errs++
		case "warning":
			warns++
		}
	}
	for _, d := range diags {
		switch githubDiagLevel[lint.DiagSeverity(d.Severity)] {
		case "error":
			errs++
		case "warning":
			warns++
		}
	}
	var hidden []string
	if errs > annotationLimit {
		hidden = append(hidden, fmt.Sprintf("%d of %d error annotations", errs-annotationLimit, errs))
	}
	if warns > annotationLimit {
		hidden = append(hidden, fmt.Sprintf("%d of %d warning annotations", warns-annotationLimit, warns))
	}
	if len(hidden) == 0 {
		return
	}
	fmt.Fprintf(b, "> [!NOTE]\n> GitHub shows at most %d error and %d warning annotations per step, so %s are not shown on the diff. Every finding is in this summary's counts, the step's log and the SARIF report.\n",
		annotationLimit, annotationLimit, strings.Join(hidden, " and "))
}

// mdEscape escapes what GitHub Markdown would read as markup in a table
// cell; '<' and '&' become entities, so no HTML tag can be formed.
var mdEscape = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", "|", "\\|", "\\", "\\\\",
	"`", "\\`", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "(", "\\(", ")", "\\)",
	"#", "\\#", "!", "\\!", "~", "\\~", "@", "&#64;", ":", "&#58;",
	"\n", " ", "\r", " ",
)

// mdCell is text from the report, cleaned of control characters and escaped
// for one Markdown table cell. ':' and '@' are entities so that GitHub does
// not turn a URL or a mention into a link.
func mdCell(s string) string { return mdEscape.Replace(CleanText(s)) }

// safeBaseURL returns an http(s) URL without a trailing slash, or "".
func safeBaseURL(raw string) string {
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return ""
	}
	return u.String()
}

// escapePath percent-encodes each segment of a '/'-separated path, and the
// parentheses that would end a Markdown link.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		s = url.PathEscape(s)
		s = strings.NewReplacer("(", "%28", ")", "%29").Replace(s)
		segs[i] = s
	}
	return strings.Join(segs, "/")
}

// nounCount is "1 resource" or "3 resources".
func nounCount(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
