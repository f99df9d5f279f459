package linttest

import (
	"fmt"
	"path/filepath"

	"github.com/tenantlint/tenantlint/lint"
)

// "# undecided: <id> [\"re\"]" (also "undecided+N:") says that the check
// could not decide on the line because a value it read was unknown: at
// least one decision the check left open there must have a reason (in
// words, as --show-unknown prints it) or a resource address that the
// pattern matches. The marker takes the same IDs and patterns as "want:".
// Open decisions without a marker are not failures: most fixtures read
// attributes the provider computes, and the "want:" markers already say
// where a check must find something. A line with an undecided marker and
// a finding of that check still fails on the finding (it has no want).

// matchUndecided returns a problem for each undecided marker that no open
// decision meets.
func matchUndecided(open []lint.Undecided, wants []Expectation) []string {
	type key struct {
		file string
		line int
		id   string
	}
	got := map[key][]lint.Undecided{}
	for _, u := range open {
		k := key{filepath.Clean(u.Range.Filename), u.Range.Start.Line, u.Check.ID}
		got[k] = append(got[k], u)
	}
	var problems []string
	for _, w := range wants {
		us := got[key{w.File, w.Line, w.ID}]
		met := false
		for _, u := range us {
			if w.Pattern == nil || w.Pattern.MatchString(u.ReasonText()) || w.Pattern.MatchString(u.Address) {
				met = true
				break
			}
		}
		if met {
			continue
		}
		p := fmt.Sprintf("%s:%d: missing undecided %s", w.File, w.Line, w.ID)
		if w.Pattern != nil {
			p += " matching /" + w.Pattern.String() + "/"
		}
		p += fmt.Sprintf(" (%d open decisions of the check on the line", len(us))
		for i, u := range us {
			if i == 3 {
				p += "; ..."
				break
			}
			p += "; " + u.Address + ": " + u.ReasonText()
		}
		problems = append(problems, p+")")
	}
	return problems
}
