package lint

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Ignore is one inline suppression comment:
//
//	# tenantlint:ignore:<rule-id>[,<rule-id>] [exp:YYYY-MM-DD] [-- reason]
//
// (also with // and /* */). On the offending line, or on the line above it,
// it covers that line; above a resource, data or module block it covers the
// whole block, and for a module call every finding the call produces.
type Ignore struct {
	Rules   []string
	Expires time.Time // zero when it never expires
	Reason  string
	// Comment is where the comment stands.
	Comment hcl.Range
	// Lines are the lines it covers, in Comment's file.
	Lines []int
	// Block is the block it stands above, if any.
	Block *hcl.Range
	used  bool
}

var ignoreRE = regexp.MustCompile(`tenantlint:ignore:([A-Za-z0-9_*,-]+)((?:\s+exp:\S+)?)(?:\s+--\s*(.*))?`)

// MayHoldIgnores says whether a file can hold ignore comments, tenantlint's
// or a peer's (tfsec, trivy, checkov: lint/peer): a cheap test that lets a
// streaming scan keep only such files' names, not their text.
func MayHoldIgnores(filename string, src []byte) bool {
	if strings.HasSuffix(filename, ".json") {
		return false
	}
	// The words every ignore comment holds; peer tools write theirs in
	// any case.
	return bytes.Contains(src, []byte("tenantlint:ignore")) || MentionsPeerTool(src)
}

// FindIgnores reads the suppression comments of one native-syntax file.
func FindIgnores(filename string, src []byte) ([]*Ignore, []Diagnostic) {
	if strings.HasSuffix(filename, ".json") || !bytes.Contains(src, []byte("tenantlint:ignore")) {
		return nil, nil
	}
	toks, _ := hclsyntax.LexConfig(src, filename, hcl.InitialPos)
	var (
		out   []*Ignore
		diags []Diagnostic
	)
	for i, tok := range toks {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		text := strings.TrimSpace(string(tok.Bytes))
		text = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(text, "#"), "//"), "/*"), "*/")
		m := ignoreRE.FindStringSubmatch(text)
		if d, bad := malformedIgnore(text, tok.Range); bad {
			diags = append(diags, d)
		}
		if m == nil {
			continue
		}
		ig := &Ignore{Comment: tok.Range, Reason: strings.TrimSpace(m[3])}
		for _, id := range strings.Split(m[1], ",") {
			if id = strings.TrimSpace(id); id != "" {
				ig.Rules = append(ig.Rules, id)
			}
		}
		if exp := strings.TrimSpace(m[2]); exp != "" {
			t, err := time.Parse("2006-01-02", strings.TrimPrefix(exp, "exp:"))
			if err != nil {
				rng := tok.Range
				diags = append(diags, Diagnostic{Severity: DiagWarning, Summary: "Invalid ignore expiry", Detail: fmt.Sprintf("%q is not a date YYYY-MM-DD; the ignore is not applied", exp), Subject: &rng})
				continue
			}
			ig.Expires = t
		}
		line := tok.Range.Start.Line
		trailing := i > 0 && toks[i-1].Range.End.Line == line && toks[i-1].Type != hclsyntax.TokenNewline && toks[i-1].Type != hclsyntax.TokenComment
		ig.Lines = []int{line}
		if !trailing {
			next := nextLine(toks, i)
			ig.Lines = append(ig.Lines, next)
			if blk := blockAt(toks, i); blk != nil {
				ig.Block = blk
			}
		}
		out = append(out, ig)
	}
	return out, diags
}

// nextLine is the first line after token i that holds something other than
// comments.
func nextLine(toks hclsyntax.Tokens, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Type == hclsyntax.TokenNewline || toks[j].Type == hclsyntax.TokenComment {
			continue
		}
		return toks[j].Range.Start.Line
	}
	return toks[i].Range.End.Line + 1
}

// blockAt returns the range of the resource, data or module block that
// starts right after the comment at token i, found by matching braces.
func blockAt(toks hclsyntax.Tokens, i int) *hcl.Range {
	j := i + 1
	for j < len(toks) && (toks[j].Type == hclsyntax.TokenNewline || toks[j].Type == hclsyntax.TokenComment) {
		j++
	}
	if j >= len(toks) || toks[j].Type != hclsyntax.TokenIdent {
		return nil
	}
	switch string(toks[j].Bytes) {
	case "resource", "data", "module":
	default:
		return nil
	}
	start := toks[j].Range
	depth := 0
	for k := j + 1; k < len(toks); k++ {
		switch toks[k].Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			depth++
		case hclsyntax.TokenCBrace, hclsyntax.TokenTemplateSeqEnd:
			depth--
			if depth == 0 {
				r := hcl.RangeBetween(start, toks[k].Range)
				return &r
			}
		case hclsyntax.TokenNewline:
			if depth == 0 {
				return nil
			}
		default:
		}
	}
	return nil
}

// SuppressOptions say how ignores apply.
type SuppressOptions struct {
	Now           time.Time
	RequireReason bool
	// KnownIDs are the registered check IDs; an ignore naming another is a warning.
	KnownIDs []string
	// RanIDs are the checks that ran: an ignore of checks that did not run is not unused.
	RanIDs []string
}

func (ig *Ignore) covers(rng hcl.Range) bool {
	if rng.Filename != ig.Comment.Filename {
		return false
	}
	if ig.Block != nil && rng.Start.Byte >= ig.Block.Start.Byte && rng.Start.Byte <= ig.Block.End.Byte {
		return true
	}
	return slices.Contains(ig.Lines, rng.Start.Line)
}

func (ig *Ignore) matches(f *Finding) bool {
	if !slices.Contains(ig.Rules, f.Check.ID) && !slices.Contains(ig.Rules, "*") {
		return false
	}
	if ig.covers(f.Range) {
		return true
	}
	for _, call := range f.ModuleCalls {
		if ig.covers(call) {
			return true
		}
	}
	for _, in := range f.Instances {
		for _, call := range in.ModuleCalls {
			if ig.covers(call) {
				return true
			}
		}
	}
	return false
}

// Suppress marks the findings that an ignore covers as suppressed and
// returns diagnostics about the ignores themselves: expired, unused, naming
// an unknown rule, or (with RequireReason) without a reason.
func Suppress(findings []*Finding, ignores []*Ignore, opts SuppressOptions) []Diagnostic {
	var diags []Diagnostic
	at := func(ig *Ignore) *hcl.Range { r := ig.Comment; return &r }
	active := ignores[:0:0]
	for _, ig := range ignores {
		for _, id := range ig.Rules {
			if id != "*" && len(opts.KnownIDs) > 0 && !slices.Contains(opts.KnownIDs, id) {
				diags = append(diags, Diagnostic{Severity: DiagWarning, Summary: "Ignore names an unknown check", Detail: unknownCheckDetail(id, opts.KnownIDs), Subject: at(ig)})
			}
		}
		if opts.RequireReason && ig.Reason == "" {
			diags = append(diags, Diagnostic{Severity: DiagError, Summary: "Ignore without a reason", Detail: "--require-reason is set: write the reason after \"--\"", Subject: at(ig)})
			continue
		}
		if !ig.Expires.IsZero() && !opts.Now.IsZero() && opts.Now.After(ig.Expires.Add(24*time.Hour-time.Nanosecond)) {
			diags = append(diags, Diagnostic{Severity: DiagWarning, Summary: "Ignore expired", Detail: fmt.Sprintf("the ignore of %s expired on %s and no longer suppresses anything", strings.Join(ig.Rules, ", "), ig.Expires.Format("2006-01-02")), Subject: at(ig)})
			ig.used = true
			continue
		}
		active = append(active, ig)
	}
	for _, f := range findings {
		if f.Status != Open {
			continue
		}
		for _, ig := range active {
			if ig.matches(f) {
				f.Status = Suppressed
				f.Justification = ig.Reason
				ig.used = true
				break
			}
		}
	}
	for _, ig := range ignores {
		ran := opts.RanIDs == nil || slices.Contains(ig.Rules, "*")
		for _, id := range ig.Rules {
			ran = ran || slices.Contains(opts.RanIDs, id)
		}
		if ran && !ig.used && (!opts.RequireReason || ig.Reason != "") {
			diags = append(diags, Diagnostic{Severity: DiagInfo, Summary: "Unused ignore", Detail: fmt.Sprintf("nothing here is reported for %s; the ignore can go", strings.Join(ig.Rules, ", ")), Subject: at(ig)})
		}
	}
	return diags
}

// IgnoresIn reads the ignores of every source file, in file order.
func IgnoresIn(sources map[string][]byte) ([]*Ignore, []Diagnostic) {
	names := make([]string, 0, len(sources))
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	var (
		all   []*Ignore
		diags []Diagnostic
	)
	for _, n := range names {
		igs, d := FindIgnores(n, sources[n])
		all = append(all, igs...)
		diags = append(diags, d...)
	}
	return all, diags
}
