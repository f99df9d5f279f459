package scan

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/tenantlint/tenantlint/lint/atomicfile"
	"github.com/tenantlint/tenantlint/lint/baseline"
	"github.com/tenantlint/tenantlint/lint/load/confine"
)

// maxBaselineSize is the largest baseline file read.
const maxBaselineSize = 64 << 20

// readBaseline reads a baseline: one the configuration names (bound set)
// only inside the repository and only if it is a regular file.
func readBaseline(path string, bound *confine.Boundary) (*baseline.File, error) {
	if bound == nil {
		return baseline.Read(path)
	}
	data, err := bound.ReadFile(path, maxBaselineSize)
	if err != nil {
		return nil, err
	}
	return baseline.Parse(path, data)
}

// baselineBound is the boundary a baseline is read within: none for
// --baseline (the user's), the scan's for the configuration's.
func baselineBound(opts Options, s *Settings) *confine.Boundary {
	if opts.Baseline != "" {
		return nil
	}
	return s.Boundary
}

// newScope is what this run judged: the files it read (relative to the
// repository root, as baselines record them) and the checks it ran. A
// baseline entry outside it (another folder, an --include that left its
// check out) is neither stale nor dropped.
func newScope(s *Settings, read []string, rel baseline.RelFunc) baseline.Covers {
	files := make(map[string]bool, len(read))
	for _, name := range read {
		files[rel(name)] = true
	}
	ran := make(map[string]bool, len(s.Checks))
	for _, c := range s.Checks {
		ran[c.ID] = true
	}
	return func(e baseline.Entry) bool { return files[e.File] && ran[e.Rule] }
}

// baselinePath is --baseline, else baseline in the configuration (resolved
// against its folder). A configured baseline that does not exist yet is
// not an error when this run writes it.
func baselinePath(opts Options, s *Settings) string {
	if opts.Baseline != "" {
		return opts.Baseline
	}
	p := s.Config.BaselinePath()
	if p == "" {
		return ""
	}
	if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) && opts.BaselineWrite != "" {
		return ""
	}
	return p
}

// ApplyBaselineIn marks the findings a baseline file records and lists as
// stale the entries this run judged (see newScope) that matched nothing.
func ApplyBaselineIn(path string, bound *confine.Boundary, findings []*lint.Finding, rel baseline.RelFunc, covers baseline.Covers) ([]lint.Diagnostic, error) {
	b, err := readBaseline(path, bound)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var diags []lint.Diagnostic
	for _, e := range b.ApplyIn(findings, rel, covers) {
		diags = append(diags, lint.Diagnostic{Severity: lint.DiagInfo, Summary: "Stale baseline entry",
			Detail: fmt.Sprintf("%s on %s in %s is no longer reported; write the baseline again to drop it", e.Rule, e.Address, e.File)})
	}
	return diags, nil
}

// WriteBaseline records the open findings in path, keeping the entries of
// the baseline already there that this run did not judge: a scan of one
// folder, or of some checks, does not drop the others.
func WriteBaseline(path string, bound *confine.Boundary, findings []*lint.Finding, rel baseline.RelFunc, covers baseline.Covers) error {
	var keep []baseline.Entry
	if _, err := os.Stat(path); err == nil {
		old, err := readBaseline(path, bound)
		if err != nil {
			return err
		}
		keep = old.Outside(covers)
	}
	return atomicfile.Write(path, func(w io.Writer) error { return baseline.WriteKeeping(w, findings, rel, keep) })
}
