// Package output writes reports: text for terminals, compact for editors'
// quickfix lists, JSON, SARIF for code scanning, and more.
package output

import (
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Tool names the program in reports.
type Tool struct {
	Name           string
	Version        string
	InformationURI string
}

// Report is everything a writer needs.
type Report struct {
	Tool        Tool
	Checks      []*lint.Check
	Findings    []*lint.Finding
	Diagnostics []lint.Diagnostic
	Modules     []*lint.Module
	Sources     map[string][]byte
	RepoRoot    string
	Color       bool
}

// Writer writes a report in one format.
type Writer func(w io.Writer, r *Report) error

var writers = map[string]Writer{
	"text":       writeText,
	"compact":    writeCompact,
	"json":       writeJSON,
	"sarif":      writeSARIF,
	"github":     writeGitHub,
	"junit":      writeJUnit,
	"checkstyle": writeCheckstyle,
}

// Lookup returns the writer of a format.
func Lookup(format string) (Writer, bool) {
	w, ok := writers[format]
	return w, ok
}

// Formats lists the format names, sorted.
func Formats() []string {
	out := make([]string, 0, len(writers))
	for k := range writers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// RelPath makes a file name relative to the repository root, with '/'.
func RelPath(repoRoot, filename string) string {
	if filename == "" {
		return ""
	}
	abs, err := filepath.Abs(filename)
	if err != nil {
		return filepath.ToSlash(filename)
	}
	if repoRoot != "" {
		if rel, err := filepath.Rel(repoRoot, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
}

func (r *Report) open() []*lint.Finding {
	var out []*lint.Finding
	for _, f := range r.Findings {
		if f.Status == lint.Open || f.Status == "" {
			out = append(out, f)
		}
	}
	return out
}
