package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2"
	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/peer"
)

// FingerprintKey names tenantlint's partial fingerprint in SARIF results.
const FingerprintKey = "tenantlint/v1"

// srcRoot is the base the result URIs are relative to.
const srcRoot = "%SRCROOT%"

// securitySeverity is GitHub code scanning's score per severity: it files
// 9.0+ as critical, 7.0-8.9 high, 4.0-6.9 medium, below low.
var securitySeverity = map[lint.Severity]string{lint.Critical: "9.5", lint.High: "8.0", lint.Medium: "5.5", lint.Low: "3.0"}

var sarifLevel = map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "note"}

// problemSeverity is how GitHub grades a rule that has no security-severity.
var problemSeverity = map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "recommendation"}

var sarifDiagLevel = map[lint.DiagSeverity]string{lint.DiagError: "error", lint.DiagWarning: "warning", lint.DiagInfo: "note"}

func ptr[T any](v T) *T { return &v }

// helpURI is the documentation page of a check.
func helpURI(id string) string {
	return "https://github.com/tenantlint/tenantlint/blob/main/docs/checks/" + id + ".md"
}

// pascal makes a rule name of a title: "EBS volume is not encrypted" becomes
// "EbsVolumeIsNotEncrypted".
func pascal(s string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(strings.ToLower(word))
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

var semverPattern = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

// semanticVersion turns a build's version into semver: "v1.2.3" is 1.2.3 and
// anything else (a development build, a bare commit) is 0.0.0-<it>.
func semanticVersion(v string) string {
	if s := strings.TrimPrefix(v, "v"); semverPattern.MatchString(s) {
		return s
	}
	clean := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return r
		}
		return '-'
	}, v)
	clean = strings.Trim(clean, ".-")
	if clean == "" {
		clean = "dev"
	}
	return "0.0.0-" + clean
}

// sarifRule describes a check for code scanning.
func sarifRule(c *lint.Check) *sarif.ReportingDescriptor {
	var text, md strings.Builder
	fmt.Fprintf(&text, "%s\n\nWhy it matters: %s\n\nHow to fix it: %s\n", c.Title, c.Description, c.Remediation)
	fmt.Fprintf(&md, "## %s\n\n**Why it matters.** %s\n\n**How to fix it.** %s\n", c.Title, c.Description, c.Remediation)
	if len(c.Links) > 0 {
		text.WriteString("\nLinks:\n")
		md.WriteString("\n**Links**\n\n")
		for _, l := range c.Links {
			fmt.Fprintf(&text, "- %s\n", l)
			fmt.Fprintf(&md, "- <%s>\n", l)
		}
	}
	fmt.Fprintf(&text, "\nResponsibility domain: %s; service model: %s.\n", c.Domain, c.Model)
	fmt.Fprintf(&md, "\nResponsibility domain: `%s`; service model: `%s`.\n", c.Domain, c.Model)
	name := pascal(c.Title)
	if name == "" {
		name = pascal(c.ID)
	}
	rule := &sarif.ReportingDescriptor{
		ID:                   c.ID,
		Name:                 ptr(name),
		ShortDescription:     &sarif.MultiformatMessageString{Text: ptr(c.Title)},
		FullDescription:      &sarif.MultiformatMessageString{Text: ptr(c.Description)},
		Help:                 &sarif.MultiformatMessageString{Text: ptr(text.String()), Markdown: ptr(md.String())},
		HelpURI:              ptr(helpURI(c.ID)),
		DefaultConfiguration: &sarif.ReportingConfiguration{Level: sarifLevel[c.Severity]},
		Properties: sarif.Properties{
			"security-severity": securitySeverity[c.Severity],
			"tags":              []string{"security", string(c.Domain), string(c.Model), c.Provider()},
			"precision":         "high",
			"problem.severity":  problemSeverity[c.Severity],
		},
	}
	if ids := peer.Default().PeerIDs(c.ID); len(ids) > 0 {
		rule.Properties["peerIds"] = ids
	}
	return rule
}

// sarifRegion is a range as SARIF counts it: 1-based lines and columns with
// an exclusive end column, as in HCL.
func sarifRegion(rng hcl.Range) *sarif.Region {
	region := &sarif.Region{StartLine: ptr(max(rng.Start.Line, 1)), StartColumn: ptr(max(rng.Start.Column, 1))}
	if rng.End.Line >= rng.Start.Line && rng.End.Column >= 1 {
		region.EndLine = ptr(rng.End.Line)
		region.EndColumn = ptr(rng.End.Column)
		if rng.End.Line == rng.Start.Line && rng.End.Column < rng.Start.Column {
			region.EndColumn = region.StartColumn
		}
	}
	return region
}

// sarifLocation is a range as a SARIF location. With context, the region
// carries its text as a snippet and a context region the whole source lines,
// cleaned of control characters (viewers render them).
func (r *Report) sarifLocation(rng hcl.Range, withContext bool) *sarif.Location {
	region := sarifRegion(rng)
	phys := &sarif.PhysicalLocation{
		ArtifactLocation: &sarif.ArtifactLocation{URI: ptr(cleanURI(r.rel(rng))), URIBaseId: ptr(srcRoot)},
		Region:           region,
	}
	if withContext {
		if text := r.rangeText(rng); text != "" {
			region.Snippet = &sarif.ArtifactContent{Text: ptr(cleanText(text))}
		}
		last := max(rng.End.Line, rng.Start.Line)
		if ls := r.lines(rng.Filename, rng.Start.Line, last); ls != nil && !r.wholeLines(rng) {
			phys.ContextRegion = &sarif.Region{
				StartLine: ptr(rng.Start.Line),
				EndLine:   ptr(last),
				Snippet:   &sarif.ArtifactContent{Text: ptr(cleanText(strings.Join(ls, "\n") + "\n"))},
			}
		}
	}
	return &sarif.Location{PhysicalLocation: phys}
}

// rootURI is the repository root as a file URI with a trailing slash.
func rootURI(root string) string {
	p := filepath.ToSlash(root)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/src/
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func (r *Report) sarifResult(f *lint.Finding, ruleIndex int, withBaseline bool) *sarif.Result {
	res := &sarif.Result{
		RuleID:              ptr(f.Check.ID),
		RuleIndex:           ptr(uint(ruleIndex)),
		Level:               ptr(sarifLevel[f.Severity]),
		Message:             sarif.Message{Text: ptr(clean(f.Message))},
		PartialFingerprints: map[string]any{FingerprintKey: f.Fingerprint(r.rel(f.Range))},
	}
	// A secret's source is not copied into the log: code scanning shows the
	// region from the repository itself.
	loc := r.sarifLocation(f.Range, !f.Secret)
	if f.Address != "" {
		loc.LogicalLocations = []*sarif.LogicalLocation{{FullyQualifiedName: ptr(clean(f.Address)), Kind: ptr("resource")}}
	}
	res.Locations = []*sarif.Location{loc}
	related := func(rng hcl.Range, msg string) {
		l := r.sarifLocation(rng, false)
		l.Id = ptr(uint(len(res.RelatedLocations) + 1))
		l.Message = &sarif.Message{Text: ptr(clean(msg))}
		res.RelatedLocations = append(res.RelatedLocations, l)
	}
	r.sarifInstances(f, related)
	for _, rel := range f.Related {
		related(rel.Range, rel.Message)
	}
	if f.Status == lint.Suppressed {
		s := &sarif.Suppression{Kind: "inSource"}
		if f.Justification != "" {
			s.Justification = ptr(clean(f.Justification))
		}
		res.Suppressions = []*sarif.Suppression{s}
	}
	if withBaseline {
		// A baseline was applied: every result says whether it is in it.
		state := "new"
		if f.Status == lint.Baselined {
			state = "unchanged"
		}
		res.BaselineState = ptr(state)
	}
	return res
}

// writeSARIF writes a SARIF 2.1.0 log with one run: every selected check as
// a rule, every finding as a result (suppressed and baselined ones marked),
// and every diagnostic as a tool execution notification.
func writeSARIF(w io.Writer, r *Report) error {
	driver := &sarif.ToolComponent{
		Name: r.Tool.Name,
		// Viewers compare versions numerically, so both are semver: v1.2.3
		// is 1.2.3 and a development build 0.0.0-dev.
		Version:         ptr(semanticVersion(r.Tool.Version)),
		SemanticVersion: ptr(semanticVersion(r.Tool.Version)),
		InformationURI:  ptr(r.Tool.InformationURI),
		Rules:           []*sarif.ReportingDescriptor{},
	}
	if r.Tool.InformationURI == "" {
		driver.InformationURI = nil
	}
	index := map[string]int{}
	for _, c := range r.Checks {
		index[c.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRule(c))
	}
	run := &sarif.Run{
		Tool:               sarif.Tool{Driver: driver},
		Results:            []*sarif.Result{},
		ColumnKind:         "unicodeCodePoints",
		OriginalUriBaseIDs: map[string]*sarif.ArtifactLocation{srcRoot: {URI: ptr(rootURI(r.RepoRoot))}},
	}
	withBaseline := r.Compared
	for _, f := range r.Findings {
		withBaseline = withBaseline || f.Status == lint.Baselined
	}
	for _, f := range r.Findings {
		i, ok := index[f.Check.ID]
		if !ok {
			continue // a finding of a check the report does not list
		}
		run.Results = append(run.Results, r.sarifResult(f, i, withBaseline))
	}
	success := true
	inv := &sarif.Invocation{ExecutionSuccessful: &success, ToolExecutionNotifications: []*sarif.Notification{}}
	for _, d := range r.diagnostics() {
		n := &sarif.Notification{Level: sarifDiagLevel[d.Severity], Message: &sarif.Message{Text: ptr(cleanText(diagText(d)))}}
		if n.Level == "" {
			n.Level = "note"
		}
		if d.Subject != nil {
			n.Locations = []*sarif.Location{r.sarifLocation(*d.Subject, false)}
		}
		if isInternal(d) {
			success = false
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, u := range r.Undecided {
		// Not a result: a decision left open, with the rule it concerns.
		n := &sarif.Notification{Level: "note", Message: &sarif.Message{Text: ptr(cleanText(undecidedText(u)))},
			Locations: []*sarif.Location{r.sarifLocation(u.Range, false)}}
		if i, ok := index[u.Check.ID]; ok {
			n.AssociatedRule = &sarif.ReportingDescriptorReference{Id: ptr(u.Check.ID), Index: ptr(uint(i))}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.Invocations = []*sarif.Invocation{inv}

	log, err := sarif.New(sarif.Version210, true)
	if err != nil {
		return err
	}
	log.AddRun(run)
	return writeSARIFJSON(w, log)
}

// writeSARIFJSON prints a log with two-space indents, members in go-sarif's
// field order (maps, such as property bags, sorted by key), HTML characters
// unescaped. go-sarif writes some optional members as null, which the schema
// rejects: they are dropped.
func writeSARIFJSON(w io.Writer, log *sarif.Report) error {
	var raw bytes.Buffer
	enc := json.NewEncoder(&raw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return err
	}
	compact, err := dropNullMembers(bytes.TrimSpace(raw.Bytes()))
	if err != nil {
		return err
	}
	var out bytes.Buffer
	out.Grow(len(compact) + len(compact)/2)
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = w.Write(jsonSafe(out.Bytes()))
	return err
}
