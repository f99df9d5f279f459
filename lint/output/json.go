package output

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/hashicorp/hcl/v2"
)

// JSONSchemaVersion is the version of the JSON report's shape, documented in
// docs/json-format.md. Fields are only added within a version.
const JSONSchemaVersion = "1"

type jsonReport struct {
	SchemaVersion string           `json:"schema_version"`
	Tool          jsonTool         `json:"tool"`
	Findings      []jsonFinding    `json:"findings"`
	Diagnostics   []jsonDiagnostic `json:"diagnostics"`
	Undecided     []jsonUndecided  `json:"undecided"`
	Summary       Summary          `json:"summary"`
}

type jsonTool struct {
	Name           string `json:"name"`
	Version        string `json:"version"`
	InformationURI string `json:"information_uri"`
}

// jsonLocation is a range: its file relative to the repository root, and
// 1-based lines and columns (the end column is exclusive).
type jsonLocation struct {
	File        string `json:"file"`
	StartLine   int    `json:"start_line"`
	StartColumn int    `json:"start_column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
}

type jsonFinding struct {
	RuleID   string `json:"rule_id"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
	Domain   string `json:"domain"`
	Model    string `json:"model"`
	// Category is the provider's own category for the service.
	Category string `json:"provider_category,omitempty"`
	Message  string `json:"message"`
	Address  string `json:"address"`
	Path     string `json:"path"`
	jsonLocation
	Status        string         `json:"status"`
	Justification string         `json:"justification,omitempty"`
	ModuleCalls   []jsonLocation `json:"module_calls"`
	Related       []jsonRelated  `json:"related"`
	Instances     []jsonInstance `json:"instances"`
	NotFor        []string       `json:"not_for,omitempty"`
	Fingerprint   string         `json:"fingerprint"`
	HelpURI       string         `json:"help_uri"`
}

type jsonRelated struct {
	Message string `json:"message"`
	jsonLocation
}

type jsonDiagnostic struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	*jsonLocation
}

func (r *Report) jsonLoc(rng hcl.Range) jsonLocation {
	return jsonLocation{
		File:        r.rel(rng),
		StartLine:   rng.Start.Line,
		StartColumn: rng.Start.Column,
		EndLine:     rng.End.Line,
		EndColumn:   rng.End.Column,
	}
}

// writeJSON writes the report as one JSON object (docs/json-format.md).
func writeJSON(w io.Writer, r *Report) error {
	out := jsonReport{
		SchemaVersion: JSONSchemaVersion,
		Tool:          jsonTool{Name: r.Tool.Name, Version: r.Tool.Version, InformationURI: r.Tool.InformationURI},
		Findings:      []jsonFinding{},
		Diagnostics:   []jsonDiagnostic{},
		Summary:       Summarize(r),
		Undecided:     r.jsonUndecided(),
	}
	for _, f := range r.Findings {
		jf := jsonFinding{
			RuleID:        f.Check.ID,
			Title:         f.Check.Title,
			Severity:      string(f.Severity),
			Domain:        string(f.Check.Domain),
			Model:         string(f.Check.Model),
			Category:      f.Check.Category,
			Message:       f.Message,
			Address:       f.Address,
			Path:          f.Path,
			jsonLocation:  r.jsonLoc(f.Range),
			Status:        f.Status.String(),
			Justification: f.Justification,
			ModuleCalls:   []jsonLocation{},
			Related:       []jsonRelated{},
			Fingerprint:   f.Fingerprint(r.rel(f.Range)),
			HelpURI:       helpURI(f.Check.ID),
		}
		for _, c := range f.ModuleCalls {
			jf.ModuleCalls = append(jf.ModuleCalls, r.jsonLoc(c))
		}
		jf.Instances, jf.NotFor = r.jsonInstances(f)
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{Message: rel.Message, jsonLocation: r.jsonLoc(rel.Range)})
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, d := range r.diagnostics() {
		jd := jsonDiagnostic{Severity: string(d.Severity), Summary: d.Summary, Detail: d.Detail}
		if d.Subject != nil {
			loc := r.jsonLoc(*d.Subject)
			jd.jsonLocation = &loc
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	// Strings keep what the scanned tree says, but every control and bidi
	// character in them is written as a \u escape.
	_, err := w.Write(jsonSafe(b.Bytes()))
	return err
}
