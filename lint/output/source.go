package output

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// lines returns lines first..last (1-based, inclusive) of a source file,
// without line endings; nil when the file is unknown or the lines are not
// all there.
func (r *Report) lines(filename string, first, last int) []string {
	src, ok := r.Sources[filename]
	if !ok || first < 1 || last < first {
		return nil
	}
	all := strings.Split(string(src), "\n")
	if last > len(all) {
		return nil
	}
	out := make([]string, 0, last-first+1)
	for _, l := range all[first-1 : last] {
		out = append(out, strings.TrimSuffix(l, "\r"))
	}
	return out
}

// lastLine is the last line a range covers: a range that ends at the very
// start of a line does not cover that line.
func lastLine(rng hcl.Range) int {
	end := max(rng.End.Line, rng.Start.Line)
	if end > rng.Start.Line && rng.End.Column <= 1 {
		end--
	}
	return end
}

// rangeText returns exactly the text a range covers, counting columns in
// characters, or "" when the source is not at hand.
func (r *Report) rangeText(rng hcl.Range) string {
	if rng.End.Line < rng.Start.Line {
		return ""
	}
	ls := r.lines(rng.Filename, rng.Start.Line, rng.End.Line)
	if ls == nil {
		return ""
	}
	var b strings.Builder
	for i, l := range ls {
		rs := []rune(l)
		from, to := 0, len(rs)
		if i == 0 {
			from = min(max(rng.Start.Column-1, 0), len(rs))
		}
		if i == len(ls)-1 {
			to = min(max(rng.End.Column-1, from), len(rs))
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(string(rs[from:to]))
	}
	return b.String()
}

// wholeLines says whether a range covers its lines from the first character
// to the last.
func (r *Report) wholeLines(rng hcl.Range) bool {
	ls := r.lines(rng.Filename, rng.End.Line, rng.End.Line)
	return rng.Start.Column <= 1 && ls != nil && rng.End.Column > len([]rune(ls[0]))
}
