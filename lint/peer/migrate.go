package peer

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Left is a peer directive the rewrite left as it was, and why.
type Left struct {
	Line   int
	Tool   string
	ID     string
	Reason string
}

// Rewrite turns the tfsec, trivy and checkov ignores of one file into
// tenantlint ignores with the same effect:
//
//   - a tfsec or trivy comment becomes "# tenantlint:ignore:<ids> [exp:DATE]
//     -- reason" in its place (tenantlint's scope rules are the same: the line
//     it stands on or the next, and the block that line opens);
//   - a checkov skip, which covers the block it stands in, leaves the block
//     and becomes a tenantlint ignore on the line above the block header.
//
// The reason is kept, else it says where the ignore came from. Directives
// that map to no check of ours are left as they are and returned, as are
// comments that mix such a directive with others after code on one line.
// changed counts the directives rewritten.
func Rewrite(t *Table, filename string, src []byte) (out []byte, changed int, left []Left) {
	toks, comments := fileComments(filename, src)
	if len(comments) == 0 {
		return src, 0, nil
	}
	b := indexBlocks(toks)
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for _, c := range comments {
		tok := toks[c.tok]
		line := c.rng.Start.Line
		var mapped, kept []Directive
		var rules [][]string
		for _, d := range c.directives {
			ids, why := Resolve(t, d)
			switch {
			case why != "":
				left = append(left, Left{line, d.Tool, d.ID, why})
			case d.BadExpiry != "":
				left = append(left, Left{line, d.Tool, d.ID, fmt.Sprintf("the expiry %q is not a date", d.BadExpiry)})
			case d.Filter != "":
				left = append(left, Left{line, d.Tool, d.ID, "the " + d.Filter + " filter has no tenantlint form"})
			default:
				mapped = append(mapped, d)
				rules = append(rules, ids)
				continue
			}
			kept = append(kept, d)
		}
		if len(mapped) == 0 {
			continue
		}
		indent := lineIndent(src, tok.Range.Start.Byte)
		nl := ""
		if strings.HasSuffix(string(tok.Bytes), "\n") {
			nl = "\n"
		}
		if mapped[0].Tool == Checkov {
			blk, ok := b.around(c.rng.Start.Byte)
			if !ok {
				continue
			}
			head := blk.Start.Byte - len(lineIndent(src, blk.Start.Byte))
			text := lineIndent(src, blk.Start.Byte) + tenantlintComment("#", mapped, rules) + "\n"
			edits = append(edits, edit{head, head, text})
			if len(kept) > 0 {
				// Another directive shares the comment: keep the comment.
				changed += len(mapped)
				continue
			}
			start, end := tok.Range.Start.Byte, tok.Range.End.Byte
			if !c.trailing {
				start -= len(indent)
			} else {
				for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
					start--
				}
				end -= len(nl)
			}
			edits = append(edits, edit{start, end, ""})
			changed += len(mapped)
			continue
		}
		if len(kept) > 0 && c.trailing {
			for _, d := range mapped {
				left = append(left, Left{line, d.Tool, d.ID, "it shares a trailing comment with an ID that stays; split the comment by hand"})
			}
			continue
		}
		marker := "#"
		switch text := strings.TrimSpace(string(tok.Bytes)); {
		case strings.HasPrefix(text, "//"):
			marker = "//"
		case strings.HasPrefix(text, "/*"):
			marker = "/*"
		}
		repl := tenantlintComment(marker, mapped, rules)
		if marker == "/*" {
			repl += " */"
		}
		if len(kept) > 0 {
			var ks []string
			for _, d := range kept {
				ks = append(ks, d.Text)
			}
			repl += "\n" + indent + "#" + strings.Join(ks, " ")
		}
		edits = append(edits, edit{tok.Range.Start.Byte, tok.Range.End.Byte - len(nl), repl})
		changed += len(mapped)
	}
	// Apply the edits in one pass, in source order (an insertion before a
	// removal at the same offset; otherwise in the order they were made).
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	out = make([]byte, 0, len(src)+len(edits)*48)
	at := 0
	for _, e := range edits {
		if e.start < at {
			continue // overlapping edits cannot arise from distinct comments; keep the first
		}
		out = append(out, src[at:e.start]...)
		out = append(out, e.text...)
		at = e.end
	}
	out = append(out, src[at:]...)
	return out, changed, left
}

// tenantlintComment is one tenantlint ignore for the directives: their
// checks, the earliest expiry, and their reasons.
func tenantlintComment(marker string, ds []Directive, rules [][]string) string {
	var (
		ids     []string
		reasons []string
		exp     time.Time
	)
	for i, d := range ds {
		for _, id := range rules[i] {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		r := oneLine(d.Reason)
		if r == "" {
			r = "migrated from " + d.Tool + " " + d.ID
		}
		if !slices.Contains(reasons, r) {
			reasons = append(reasons, r)
		}
		if !d.Expires.IsZero() && (exp.IsZero() || d.Expires.Before(exp)) {
			exp = d.Expires
		}
	}
	s := marker + " tenantlint:ignore:" + strings.Join(ids, ",")
	if !exp.IsZero() {
		s += " exp:" + exp.Format("2006-01-02")
	}
	return s + " -- " + strings.Join(reasons, "; ")
}

// lineIndent is the blanks before offset on its line, when only blanks
// stand there.
func lineIndent(src []byte, offset int) string {
	i := offset
	for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t') {
		i--
	}
	if i > 0 && src[i-1] != '\n' {
		return ""
	}
	return string(src[i:offset])
}

// oneLine keeps a reason on one line, without control characters.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
}
