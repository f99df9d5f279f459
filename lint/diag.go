package lint

import (
	"cmp"
	"slices"

	"github.com/hashicorp/hcl/v2"
)

// DiagSeverity grades a diagnostic about the scan itself.
type DiagSeverity string

// Diagnostic severities.
const (
	DiagError   DiagSeverity = "error"
	DiagWarning DiagSeverity = "warning"
	DiagInfo    DiagSeverity = "info"
	DiagDebug   DiagSeverity = "debug"
)

// Diagnostic is something the loader or runner has to say about the input or
// itself: a syntax error, a cycle, a module it could not read, a check that
// panicked.
type Diagnostic struct {
	Severity DiagSeverity
	Summary  string
	Detail   string
	// Subject is where it happened; nil when it concerns no place.
	Subject *hcl.Range
}

// SortDiagnostics orders diagnostics by file, position, then text, and drops
// exact duplicates.
func SortDiagnostics(ds []Diagnostic) []Diagnostic {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		if c := cmpRange(a.Subject, b.Subject); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Summary, b.Summary); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Detail, b.Detail); c != 0 {
			return c
		}
		return cmp.Compare(a.Severity, b.Severity)
	})
	return slices.CompactFunc(ds, func(a, b Diagnostic) bool {
		return a.Severity == b.Severity && a.Summary == b.Summary && a.Detail == b.Detail && cmpRange(a.Subject, b.Subject) == 0
	})
}

func cmpRange(a, b *hcl.Range) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return CompareRanges(*a, *b)
}

// CompareRanges orders ranges by file, then start, then end.
func CompareRanges(a, b hcl.Range) int {
	if c := cmp.Compare(a.Filename, b.Filename); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start.Byte, b.Start.Byte); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start.Line, b.Start.Line); c != 0 {
		return c
	}
	return cmp.Compare(a.End.Byte, b.End.Byte)
}
