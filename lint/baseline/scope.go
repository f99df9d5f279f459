package baseline

import "github.com/tenantlint/tenantlint/lint"

// Covers says whether a run judged an entry: it scanned the entry's file and
// ran its check. Entries a run did not judge are neither stale nor dropped.
type Covers func(e Entry) bool

// ApplyIn is Apply whose stale entries are only those covers says the run
// judged.
func (f *File) ApplyIn(findings []*lint.Finding, rel RelFunc, covers Covers) []Entry {
	var stale []Entry
	for _, e := range f.Apply(findings, rel) {
		if covers == nil || covers(e) {
			stale = append(stale, e)
		}
	}
	return stale
}

// Outside returns the entries covers says the run did not judge: what a
// baseline written by a partial scan keeps.
func (f *File) Outside(covers Covers) []Entry {
	var out []Entry
	for _, e := range f.Entries {
		if covers != nil && !covers(e) {
			out = append(out, e)
		}
	}
	return out
}
