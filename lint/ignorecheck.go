package lint

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// malformedIgnore reports a comment that starts as a tenantlint ignore but
// names no check ("# tenantlint:ignore", "# tenantlint:ignore -- why"):
// without it the comment would be dropped in silence.
func malformedIgnore(text string, rng hcl.Range) (Diagnostic, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "tenantlint:ignore")
	if !ok || strings.HasPrefix(rest, ":") && ignoreRE.MatchString(text) {
		return Diagnostic{}, false
	}
	if rest != "" && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\t") {
		return Diagnostic{}, false // another word, such as tenantlint:ignored
	}
	return Diagnostic{Severity: DiagWarning, Summary: "Malformed ignore",
		Detail:  "an ignore names the checks it silences: # tenantlint:ignore:<check-id>[,<check-id>] [exp:YYYY-MM-DD] [-- reason] (\"*\" for all); nothing is suppressed",
		Subject: &rng}, true
}

// unknownCheckDetail says that no check has the ID, and which one was
// likely meant.
func unknownCheckDetail(id string, known []string) string {
	detail := fmt.Sprintf("no check has the ID %q", id)
	if s := closest(id, known); s != "" {
		detail += fmt.Sprintf("; did you mean %q?", s)
	}
	return detail
}

// closest is the known ID nearest to id by edit distance, if near enough
// to be a typo: at most a third of the ID's length, and one clear best.
func closest(id string, known []string) string {
	best, bestD, ties := "", len(id)/3+1, 0
	for _, k := range known {
		d := editDistance(strings.ToLower(id), k, bestD+1)
		switch {
		case d < bestD:
			best, bestD, ties = k, d, 0
		case d == bestD && best != "":
			ties++
		}
	}
	if ties > 0 {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, or limit when it is
// at least limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
