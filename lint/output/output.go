// Package output writes reports: text for terminals, compact for editors'
// quickfix lists, JSON for scripts, SARIF for code scanning, GitHub workflow
// commands, JUnit and checkstyle XML for CI systems.
//
// Every writer is deterministic: findings arrive sorted, paths are relative
// to the repository root with '/' separators, and nothing depends on the
// clock or on map order.
package output

import (
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/workdir"
)

// Tool names the program in reports.
type Tool struct {
	Name           string
	Version        string
	InformationURI string
}

// Report is everything a writer needs.
type Report struct {
	Tool Tool
	// Checks are the checks that were selected, sorted by ID.
	Checks []*lint.Check
	// Findings are sorted, and include suppressed and baselined ones.
	Findings    []*lint.Finding
	Diagnostics []lint.Diagnostic
	// Modules are the root modules scanned, for the responsibility summary;
	// a streaming scan, which keeps no module, gives Inventory instead.
	Modules []*lint.Module
	// Inventory counts the resource instances scanned by type key ("type",
	// "data.type"): see AddInventory. Nil means: count Modules.
	Inventory map[string]int
	// Sources holds file contents keyed by hcl.Range.Filename, for snippets.
	Sources map[string][]byte
	// RepoRoot is an absolute directory; every path written is relative to it.
	RepoRoot string
	// WorkDir is the working folder relative file names are read against
	// (the zero Dir asks the system each time).
	WorkDir workdir.Dir
	// Compared says the findings were compared with a baseline or a git
	// revision: SARIF then gives every result a baselineState.
	Compared bool
	// Color turns on ANSI colours in the text format.
	Color bool
	// Undecided are the decisions checks could not make because a value was
	// unknown, sorted; ShowUnknown lists them in the text format, which
	// otherwise counts them.
	Undecided   []lint.Undecided
	ShowUnknown bool
	// FullSummary prints the responsibility table in the text format instead
	// of its one-line form (--summary, summary = true).
	FullSummary bool
}

// Writer writes a report in one format.
type Writer func(w io.Writer, r *Report) error

var writers = map[string]Writer{
	"checkstyle": writeCheckstyle,
	"compact":    writeCompact,
	"github":     writeGitHub,
	"json":       writeJSON,
	"junit":      writeJUnit,
	"sarif":      writeSARIF,
	"text":       writeText,
}

// Lookup returns the writer of a format.
func Lookup(format string) (Writer, bool) {
	w, ok := writers[format]
	return w, ok
}

// Formats lists the format names, sorted.
func Formats() []string {
	out := make([]string, 0, len(writers))
	for name := range writers {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// RelPath names a file relative to the repository root with '/' separators.
// A relative filename is taken against the working directory first. A file
// outside the root keeps its absolute path (with '/').
func RelPath(repoRoot, filename string) string {
	return RelPathFrom(workdir.Dir{}, repoRoot, filename)
}

// RelPathFrom is RelPath with relative names taken against wd, a working
// folder captured once (a report names every file of every finding).
func RelPathFrom(wd workdir.Dir, repoRoot, filename string) string {
	if filename == "" {
		return ""
	}
	abs, err := wd.Abs(filename)
	if err != nil {
		return filepath.ToSlash(filename)
	}
	if repoRoot != "" {
		if root, err := wd.Abs(repoRoot); err == nil {
			rel, err := filepath.Rel(root, abs)
			if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(abs)
}

// rel names a range's file relative to the report's root.
func (r *Report) rel(rng hcl.Range) string { return RelPathFrom(r.WorkDir, r.RepoRoot, rng.Filename) }

// isOpen says whether a finding counts (an unset status is open).
func isOpen(f *lint.Finding) bool { return f.Status == lint.Open }

// open returns the findings that are neither suppressed nor baselined.
func (r *Report) open() []*lint.Finding {
	var out []*lint.Finding
	for _, f := range r.Findings {
		if isOpen(f) {
			out = append(out, f)
		}
	}
	return out
}

// diagnostics returns the diagnostics worth showing: all but debug ones,
// which say only which expressions the evaluator treated as unknown. A
// subject without a file name counts as no subject.
func (r *Report) diagnostics() []lint.Diagnostic {
	var out []lint.Diagnostic
	for _, d := range r.Diagnostics {
		if d.Severity == lint.DiagDebug {
			continue
		}
		if d.Subject != nil && d.Subject.Filename == "" {
			d.Subject = nil
		}
		out = append(out, d)
	}
	return out
}

// isInternal says whether a diagnostic reports a failure of tenantlint itself
// (a check that panicked) rather than a problem in the input.
func isInternal(d lint.Diagnostic) bool {
	return d.Severity == lint.DiagError && strings.HasPrefix(d.Summary, "internal error")
}

// diagText is a diagnostic's summary and detail.
func diagText(d lint.Diagnostic) string {
	if d.Detail == "" {
		return d.Summary
	}
	return d.Summary + ": " + d.Detail
}

// diagLine is a diagnostic's summary and the first line of its detail.
func diagLine(d lint.Diagnostic) string {
	first, _, _ := strings.Cut(d.Detail, "\n")
	if first = strings.TrimSpace(first); first == "" {
		return d.Summary
	}
	return d.Summary + ": " + first
}
