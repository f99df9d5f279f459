package peer

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/tenantlint/tenantlint/lint"
)

// Directive is one peer ignore inside a comment.
type Directive struct {
	Tool string
	ID   string
	// Expires is the :exp: date of a tfsec or trivy ignore (zero: none);
	// BadExpiry is the text when it is not a date.
	Expires   time.Time
	BadExpiry string
	// Filter is trivy's [attribute=value] suffix, which is not supported.
	Filter string
	Reason string
	// Text is the directive as written.
	Text string
}

// comment is a comment token holding peer directives.
type comment struct {
	tok        int
	rng        hcl.Range
	trailing   bool
	directives []Directive
}

var (
	// tfsec:ignore:ID[:exp:DATE] and trivy:ignore:ID[:exp:DATE][[attr=value]]
	aquaRE = regexp.MustCompile(`(?i)\b(tfsec|trivy):ignore:([A-Za-z0-9_*.-]+)(?::exp:([^\s:\[\]]*))?(\[[^\]]*\])?`)
	// checkov:skip=ID[:reason]
	checkovSkipRE = regexp.MustCompile(`(?i)\bcheckov:skip=\s*([A-Za-z0-9_*.-]+)(?::(.*))?`)
)

// mentionsPeer is the cheap test before lexing a file.
func mentionsPeer(src []byte) bool {
	return lint.MentionsPeerTool(src)
}

func commentText(tok hclsyntax.Token) string {
	text := strings.TrimSpace(string(tok.Bytes))
	switch {
	case strings.HasPrefix(text, "/*"):
		text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
	case strings.HasPrefix(text, "//"):
		text = strings.TrimPrefix(text, "//")
	default:
		text = strings.TrimPrefix(text, "#")
	}
	return strings.TrimSpace(text)
}

// parseDirectives reads the peer directives of one comment's text.
func parseDirectives(text string) []Directive {
	var out []Directive
	if m := checkovSkipRE.FindStringSubmatch(text); m != nil {
		out = append(out, Directive{Tool: Checkov, ID: m[1], Reason: strings.TrimSpace(m[2]), Text: strings.TrimSpace(m[0])})
	}
	locs := aquaRE.FindAllStringSubmatchIndex(text, -1)
	for i, loc := range locs {
		d := Directive{Tool: strings.ToLower(text[loc[2]:loc[3]]), ID: text[loc[4]:loc[5]], Text: text[loc[0]:loc[1]]}
		if loc[6] >= 0 {
			exp := text[loc[6]:loc[7]]
			if t, err := time.Parse("2006-01-02", exp); err == nil {
				d.Expires = t
			} else {
				d.BadExpiry = exp
			}
		}
		if loc[8] >= 0 {
			d.Filter = text[loc[8]:loc[9]]
		}
		// The reason is what follows the last directive (tfsec and trivy
		// write it after a space or a colon).
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		d.Reason = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(text[loc[1]:end]), ":-#/ "))
		out = append(out, d)
	}
	if len(locs) > 1 {
		// Several on one line share the reason written after the last.
		last := out[len(out)-1].Reason
		for i := range out {
			if out[i].Tool != Checkov && out[i].Reason == "" {
				out[i].Reason = last
			}
		}
	}
	return out
}

// fileComments lexes src and returns its tokens and the comments holding
// peer directives.
func fileComments(filename string, src []byte) (hclsyntax.Tokens, []comment) {
	if strings.HasSuffix(filename, ".json") || !mentionsPeer(src) {
		return nil, nil
	}
	toks, _ := hclsyntax.LexConfig(src, filename, hcl.InitialPos)
	var out []comment
	for i, tok := range toks {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		ds := parseDirectives(commentText(tok))
		if len(ds) == 0 {
			continue
		}
		line := tok.Range.Start.Line
		trailing := i > 0 && toks[i-1].Range.End.Line == line && toks[i-1].Type != hclsyntax.TokenNewline && toks[i-1].Type != hclsyntax.TokenComment
		out = append(out, comment{tok: i, rng: tok.Range, trailing: trailing, directives: ds})
	}
	return toks, out
}

// blocks indexes the brace pairs of a file: by the line their header starts
// on, and as a list to find the outermost one around a position.
type blocks struct {
	byLine map[int]hcl.Range
	outer  []hcl.Range
}

func indexBlocks(toks hclsyntax.Tokens) blocks {
	b := blocks{byLine: map[int]hcl.Range{}}
	type open struct {
		start hcl.Range
		brace bool
	}
	var stack []open
	lineStart := -1
	for k, tok := range toks {
		if lineStart < 0 {
			lineStart = k
		}
		switch tok.Type {
		case hclsyntax.TokenOBrace:
			stack = append(stack, open{toks[lineStart].Range, true})
		case hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			stack = append(stack, open{tok.Range, false})
		case hclsyntax.TokenCBrace, hclsyntax.TokenTemplateSeqEnd:
			if len(stack) == 0 {
				break
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !top.brace {
				break
			}
			r := hcl.RangeBetween(top.start, tok.Range)
			if prev, ok := b.byLine[r.Start.Line]; !ok || prev.Start.Byte > r.Start.Byte || prev.End.Byte < r.End.Byte {
				b.byLine[r.Start.Line] = r
			}
			if len(stack) == 0 {
				b.outer = append(b.outer, r)
			}
		default:
		}
		// A line ends at a newline token, or with a # or // comment, whose
		// token holds the newline.
		if tok.Type == hclsyntax.TokenNewline || tok.Type == hclsyntax.TokenComment && bytes.HasSuffix(tok.Bytes, []byte("\n")) {
			lineStart = -1
		}
	}
	return b
}

// around is the outermost block holding the byte offset.
func (b blocks) around(offset int) (hcl.Range, bool) {
	i := sort.Search(len(b.outer), func(i int) bool { return b.outer[i].End.Byte > offset })
	if i < len(b.outer) && b.outer[i].Start.Byte <= offset {
		return b.outer[i], true
	}
	return hcl.Range{}, false
}

// nextCodeLine is the first line after token i holding something other
// than comments.
func nextCodeLine(toks hclsyntax.Tokens, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Type == hclsyntax.TokenNewline || toks[j].Type == hclsyntax.TokenComment || toks[j].Type == hclsyntax.TokenEOF {
			continue
		}
		return toks[j].Range.Start.Line
	}
	return toks[i].Range.End.Line + 1
}

// scope is what a comment covers, by its tool's rules:
//
//   - tfsec and trivy: on its own line, the next line of code and, when
//     that line opens a block, the whole block; after code, its own line
//     and the block that line opens.
//   - checkov: the outermost block (resource, data, module) it stands in.
func scope(tool string, c comment, toks hclsyntax.Tokens, b blocks) (lines []int, block *hcl.Range, ok bool) {
	if tool == Checkov {
		r, found := b.around(c.rng.Start.Byte)
		if !found {
			return nil, nil, false
		}
		return []int{r.Start.Line}, &r, true
	}
	line := c.rng.Start.Line
	if !c.trailing {
		line = nextCodeLine(toks, c.tok)
		lines = append(lines, c.rng.Start.Line)
	}
	lines = append(lines, line)
	if r, found := b.byLine[line]; found {
		block = &r
	}
	return lines, block, true
}

// FindIgnores reads the tfsec, trivy and checkov ignores of one file as
// tenantlint ignores, and reports each one that names a check tenantlint
// does not map ("not understood") or that cannot be applied.
func FindIgnores(t *Table, filename string, src []byte) ([]*lint.Ignore, []lint.Diagnostic) {
	toks, comments := fileComments(filename, src)
	if len(comments) == 0 {
		return nil, nil
	}
	b := indexBlocks(toks)
	var (
		out   []*lint.Ignore
		diags []lint.Diagnostic
	)
	for _, c := range comments {
		at := c.rng
		for _, d := range c.directives {
			warn := func(summary, detail string) {
				rng := at
				diags = append(diags, lint.Diagnostic{Severity: lint.DiagWarning, Summary: summary, Detail: detail, Subject: &rng})
			}
			rules, why := Resolve(t, d)
			switch {
			case why != "":
				warn("Peer ignore not understood", fmt.Sprintf("%s ignore of %q: %s; nothing is suppressed", d.Tool, d.ID, why))
				continue
			case d.BadExpiry != "":
				warn("Invalid ignore expiry", fmt.Sprintf("%s ignore of %q: %q is not a date YYYY-MM-DD; the ignore is not applied", d.Tool, d.ID, d.BadExpiry))
				continue
			case d.Filter != "":
				warn("Peer ignore not understood", fmt.Sprintf("%s ignore of %q: the %q filter is not supported; the ignore is not applied", d.Tool, d.ID, d.Filter))
				continue
			}
			lines, block, ok := scope(d.Tool, c, toks, b)
			if !ok {
				warn("Peer ignore not understood", fmt.Sprintf("checkov skip of %q stands outside any block; checkov reads it only inside the resource it skips", d.ID))
				continue
			}
			out = append(out, &lint.Ignore{Rules: rules, Expires: d.Expires, Reason: d.Reason, Comment: c.rng, Lines: lines, Block: block})
		}
	}
	return out, diags
}

// Resolve is the tenantlint check IDs a directive stands for, or why it
// stands for none.
func Resolve(t *Table, d Directive) ([]string, string) {
	if d.ID == "*" && d.Tool != Checkov {
		return []string{"*"}, ""
	}
	e := t.LookupFor(d.Tool, d.ID)
	switch {
	case e == nil && t.Lookup(d.ID) != nil:
		return nil, fmt.Sprintf("%s does not read this kind of ID", d.Tool)
	case e == nil && strings.HasPrefix(strings.ToUpper(d.ID), "CKV_K8S_"):
		return nil, "a Kubernetes check; tenantlint does not scan Kubernetes manifests"
	case e == nil:
		return nil, "tenantlint does not know this ID"
	case len(e.Ours) == 0:
		return nil, "tenantlint has no check for it (" + e.Note + ")"
	}
	return e.Ours, ""
}

// IgnoresIn reads the peer ignores of every source file, in file order.
func IgnoresIn(sources map[string][]byte) ([]*lint.Ignore, []lint.Diagnostic) {
	names := make([]string, 0, len(sources))
	for n, src := range sources {
		if mentionsPeer(src) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	t := Default()
	var (
		all   []*lint.Ignore
		diags []lint.Diagnostic
	)
	for _, n := range names {
		igs, d := FindIgnores(t, n, sources[n])
		all = append(all, igs...)
		diags = append(diags, d...)
	}
	return all, diags
}
