package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2"
	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/tenantlint/tenantlint/lint"
)

// FingerprintKey names tenantlint's partial fingerprint in SARIF results.
const FingerprintKey = "tenantlint/v1"

var securitySeverity = map[lint.Severity]string{lint.Critical: "9.5", lint.High: "8.0", lint.Medium: "5.5", lint.Low: "3.0"}

var sarifLevel = map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "note"}

func ptr[T any](v T) *T { return &v }

// pascal turns a check title into a rule name: "EBS volume is not encrypted" -> "EbsVolumeIsNotEncrypted".
func pascal(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

func helpURI(id string) string {
	return "https://github.com/tenantlint/tenantlint/blob/main/docs/checks/" + id + ".md"
}

func rule(c *lint.Check) *sarif.ReportingDescriptor {
	text := fmt.Sprintf("%s\n\nHow to fix it: %s\n\nLinks:\n%s", c.Description, c.Remediation, strings.Join(c.Links, "\n"))
	var md strings.Builder
	fmt.Fprintf(&md, "**%s**\n\n%s\n\n**How to fix it.** %s\n\n", c.Title, c.Description, c.Remediation)
	for _, l := range c.Links {
		fmt.Fprintf(&md, "- [%s](%s)\n", l, l)
	}
	tags := []string{"security", string(c.Domain), string(c.Model), c.Provider()}
	return &sarif.ReportingDescriptor{
		ID:                   c.ID,
		Name:                 ptr(pascal(c.Title)),
		ShortDescription:     &sarif.MultiformatMessageString{Text: ptr(c.Title)},
		FullDescription:      &sarif.MultiformatMessageString{Text: ptr(c.Description)},
		Help:                 &sarif.MultiformatMessageString{Text: ptr(text), Markdown: ptr(md.String())},
		HelpURI:              ptr(helpURI(c.ID)),
		DefaultConfiguration: &sarif.ReportingConfiguration{Level: sarifLevel[c.Severity]},
		Properties: sarif.Properties{
			"security-severity": securitySeverity[c.Severity],
			"tags":              tags,
			"precision":         "high",
			"problem.severity":  map[lint.Severity]string{lint.Critical: "error", lint.High: "error", lint.Medium: "warning", lint.Low: "recommendation"}[c.Severity],
		},
	}
}

func snippet(r *Report, rng hcl.Range) *sarif.ArtifactContent {
	src, ok := r.Sources[rng.Filename]
	if !ok || rng.Start.Byte < 0 || rng.End.Byte > len(src) || rng.Start.Byte > rng.End.Byte {
		return nil
	}
	// Whole lines of the region.
	start := bytes.LastIndexByte(src[:rng.Start.Byte], '\n') + 1
	end := rng.End.Byte
	if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
		end += i
	} else {
		end = len(src)
	}
	return &sarif.ArtifactContent{Text: ptr(string(src[start:end]))}
}

func physical(r *Report, rng hcl.Range, withSnippet bool) *sarif.PhysicalLocation {
	region := &sarif.Region{StartLine: ptr(max(rng.Start.Line, 1)), StartColumn: ptr(max(rng.Start.Column, 1))}
	if rng.End.Line >= rng.Start.Line && rng.End.Line > 0 {
		region.EndLine = ptr(rng.End.Line)
		region.EndColumn = ptr(max(rng.End.Column, 1))
		if rng.End.Line == rng.Start.Line && rng.End.Column <= rng.Start.Column {
			region.EndColumn = ptr(rng.Start.Column + 1)
		}
	}
	if withSnippet {
		region.Snippet = snippet(r, rng)
	}
	return &sarif.PhysicalLocation{
		ArtifactLocation: &sarif.ArtifactLocation{URI: ptr(RelPath(r.RepoRoot, rng.Filename)), URIBaseId: ptr("%SRCROOT%")},
		Region:           region,
	}
}

func writeSARIF(w io.Writer, r *Report) error {
	version := strings.TrimPrefix(r.Tool.Version, "v")
	if version == "" || version == "dev" {
		// SARIF viewers compare versions numerically: a local build is 0.0.0-dev.
		version = "0.0.0-dev"
	}
	driver := &sarif.ToolComponent{
		Name:            r.Tool.Name,
		Version:         ptr(version),
		SemanticVersion: ptr(version),
		InformationURI:  ptr(r.Tool.InformationURI),
		Rules:           []*sarif.ReportingDescriptor{},
	}
	index := map[string]int{}
	for i, c := range r.Checks {
		index[c.ID] = i
		driver.Rules = append(driver.Rules, rule(c))
	}
	run := &sarif.Run{Tool: sarif.Tool{Driver: driver}, Results: []*sarif.Result{}}
	root := filepath.ToSlash(r.RepoRoot)
	if !strings.HasPrefix(root, "/") {
		root = "/" + root
	}
	run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{
		"%SRCROOT%": {URI: ptr((&url.URL{Scheme: "file", Path: strings.TrimSuffix(root, "/") + "/"}).String())},
	}
	for _, f := range r.Findings {
		i, ok := index[f.Check.ID]
		if !ok {
			continue
		}
		res := &sarif.Result{
			RuleID:    ptr(f.Check.ID),
			RuleIndex: ptr(uint(i)),
			Level:     ptr(sarifLevel[f.Severity]),
			Message:   sarif.Message{Text: ptr(f.Message)},
			PartialFingerprints: map[string]interface{}{
				FingerprintKey: f.Fingerprint(RelPath(r.RepoRoot, f.Range.Filename)),
			},
		}
		loc := &sarif.Location{PhysicalLocation: physical(r, f.Range, true)}
		if f.Address != "" {
			loc.LogicalLocations = []*sarif.LogicalLocation{{FullyQualifiedName: ptr(f.Address), Kind: ptr("resource")}}
		}
		res.Locations = []*sarif.Location{loc}
		id := 1
		for _, c := range f.ModuleCalls {
			res.RelatedLocations = append(res.RelatedLocations, &sarif.Location{Id: ptr(uint(id)), PhysicalLocation: physical(r, c, false), Message: &sarif.Message{Text: ptr("module call")}})
			id++
		}
		for _, rel := range f.Related {
			res.RelatedLocations = append(res.RelatedLocations, &sarif.Location{Id: ptr(uint(id)), PhysicalLocation: physical(r, rel.Range, false), Message: &sarif.Message{Text: ptr(rel.Message)}})
			id++
		}
		switch f.Status {
		case lint.Suppressed:
			s := &sarif.Suppression{Kind: "inSource"}
			if f.Justification != "" {
				s.Justification = ptr(f.Justification)
			}
			res.Suppressions = []*sarif.Suppression{s}
		case lint.Baselined:
			res.BaselineState = ptr("unchanged")
		case lint.Open, "":
		}
		run.Results = append(run.Results, res)
	}
	ok := true
	inv := &sarif.Invocation{ExecutionSuccessful: &ok}
	for _, d := range r.Diagnostics {
		if d.Severity == lint.DiagDebug {
			continue
		}
		level := map[lint.DiagSeverity]string{lint.DiagError: "error", lint.DiagWarning: "warning", lint.DiagInfo: "note"}[d.Severity]
		text := d.Summary
		if d.Detail != "" {
			text += ": " + d.Detail
		}
		n := &sarif.Notification{Level: level, Message: &sarif.Message{Text: ptr(text)}}
		if d.Subject != nil && d.Subject.Filename != "" {
			n.Locations = []*sarif.Location{{PhysicalLocation: physical(r, *d.Subject, false)}}
		}
		if strings.HasPrefix(d.Summary, "internal error") {
			ok = false
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.Invocations = []*sarif.Invocation{inv}
	log, err := sarif.New(sarif.Version210, true)
	if err != nil {
		return err
	}
	log.AddRun(run)
	raw, err := json.Marshal(log)
	if err != nil {
		return err
	}
	// go-sarif writes some optional members as null, which the schema
	// rejects: drop them, then print with sorted keys (stable output).
	var tree any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return err
	}
	out, err := json.MarshalIndent(dropNulls(tree), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(out, '\n'))
	return err
}

func dropNulls(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if x == nil {
				delete(t, k)
				continue
			}
			t[k] = dropNulls(x)
		}
	case []any:
		for i, x := range t {
			t[i] = dropNulls(x)
		}
	}
	return v
}
