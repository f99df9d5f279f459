// Package baseline records the findings a repository already has, so that a
// team can adopt tenantlint and fail only on new ones.
package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/tenantlint/tenantlint/lint"
)

// Version is the file format's version.
const Version = 1

// Entry is one recorded finding. The fingerprint decides; the rest helps a
// reader and reports stale entries.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Address     string `json:"address"`
	Path        string `json:"path,omitempty"`
}

// File is a baseline file.
type File struct {
	Version int     `json:"version"`
	Entries []Entry `json:"findings"`
}

// RelFunc maps a finding's file name to the one the baseline records
// (relative to the repository root).
type RelFunc func(filename string) string

// Write records the open findings.
func Write(w io.Writer, findings []*lint.Finding, rel RelFunc) error {
	return WriteKeeping(w, findings, rel, nil)
}

// WriteKeeping records the open findings and the entries of keep (those of
// an earlier baseline that this run did not judge).
func WriteKeeping(w io.Writer, findings []*lint.Finding, rel RelFunc, keep []Entry) error {
	f := File{Version: Version, Entries: []Entry{}}
	seen := map[string]bool{}
	for _, e := range keep {
		if !seen[e.Fingerprint] {
			seen[e.Fingerprint] = true
			f.Entries = append(f.Entries, e)
		}
	}
	for _, fd := range findings {
		if fd.Status != lint.Open {
			continue
		}
		file := rel(fd.Range.Filename)
		fp := fd.Fingerprint(file)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		f.Entries = append(f.Entries, Entry{Fingerprint: fp, Rule: fd.Check.ID, File: file, Address: fd.Address, Path: fd.Path})
	}
	sort.Slice(f.Entries, func(i, j int) bool {
		a, b := f.Entries[i], f.Entries[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}

// Read loads a baseline file.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse decodes a baseline file's content; path names it in errors.
func Parse(path string, data []byte) (*File, error) {
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: not a tenantlint baseline: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, this tenantlint reads version %d", path, f.Version, Version)
	}
	return &f, nil
}

// Apply marks the open findings the baseline records as baselined and
// returns the entries that matched nothing (fixed or moved away).
func (f *File) Apply(findings []*lint.Finding, rel RelFunc) []Entry {
	known := map[string]bool{}
	for _, e := range f.Entries {
		known[e.Fingerprint] = true
	}
	used := map[string]bool{}
	for _, fd := range findings {
		if fd.Status != lint.Open {
			continue
		}
		fp := fd.Fingerprint(rel(fd.Range.Filename))
		if known[fp] {
			fd.Status = lint.Baselined
			used[fp] = true
		}
	}
	var stale []Entry
	for _, e := range f.Entries {
		if !used[e.Fingerprint] {
			stale = append(stale, e)
		}
	}
	return stale
}
