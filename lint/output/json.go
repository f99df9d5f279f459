package output

import (
	"encoding/json"
	"io"

	"github.com/tenantlint/tenantlint/lint"
)

// JSONSchemaVersion is the version of the JSON report's shape (docs/json-format.md).
const JSONSchemaVersion = "1"

type jsonReport struct {
	SchemaVersion string           `json:"schema_version"`
	Tool          jsonTool         `json:"tool"`
	Findings      []jsonFinding    `json:"findings"`
	Diagnostics   []jsonDiagnostic `json:"diagnostics"`
	Summary       Summary          `json:"summary"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonPos struct {
	File        string `json:"file"`
	StartLine   int    `json:"start_line"`
	StartColumn int    `json:"start_column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
}

type jsonFinding struct {
	RuleID        string    `json:"rule_id"`
	Title         string    `json:"title"`
	Severity      string    `json:"severity"`
	Domain        string    `json:"domain"`
	Model         string    `json:"model"`
	Message       string    `json:"message"`
	Address       string    `json:"address"`
	Path          string    `json:"path"`
	Location      jsonPos   `json:"location"`
	Status        string    `json:"status"`
	Justification string    `json:"justification,omitempty"`
	ModuleCalls   []jsonPos `json:"module_calls"`
	Fingerprint   string    `json:"fingerprint"`
}

type jsonDiagnostic struct {
	Severity string   `json:"severity"`
	Summary  string   `json:"summary"`
	Detail   string   `json:"detail"`
	Location *jsonPos `json:"location,omitempty"`
}

func pos(r *Report, f string, sl, sc, el, ec int) jsonPos {
	return jsonPos{File: RelPath(r.RepoRoot, f), StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}
}

func writeJSON(w io.Writer, r *Report) error {
	out := jsonReport{SchemaVersion: JSONSchemaVersion, Tool: jsonTool{r.Tool.Name, r.Tool.Version}, Findings: []jsonFinding{}, Diagnostics: []jsonDiagnostic{}, Summary: Summarize(r)}
	for _, f := range r.Findings {
		status := f.Status
		if status == "" {
			status = lint.Open
		}
		jf := jsonFinding{
			RuleID: f.Check.ID, Title: f.Check.Title, Severity: string(f.Severity), Domain: string(f.Check.Domain), Model: string(f.Check.Model),
			Message: f.Message, Address: f.Address, Path: f.Path, Status: string(status), Justification: f.Justification,
			Location:    pos(r, f.Range.Filename, f.Range.Start.Line, f.Range.Start.Column, f.Range.End.Line, f.Range.End.Column),
			ModuleCalls: []jsonPos{},
			Fingerprint: f.Fingerprint(RelPath(r.RepoRoot, f.Range.Filename)),
		}
		for _, c := range f.ModuleCalls {
			jf.ModuleCalls = append(jf.ModuleCalls, pos(r, c.Filename, c.Start.Line, c.Start.Column, c.End.Line, c.End.Column))
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, d := range r.Diagnostics {
		if d.Severity == lint.DiagDebug {
			continue
		}
		jd := jsonDiagnostic{Severity: string(d.Severity), Summary: d.Summary, Detail: d.Detail}
		if d.Subject != nil {
			p := pos(r, d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, d.Subject.End.Line, d.Subject.End.Column)
			jd.Location = &p
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
