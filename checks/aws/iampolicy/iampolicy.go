// Package iampolicy reads IAM policy documents for checks: JSON strings
// (heredoc, file(), templatefile()), jsonencode(...) arguments and
// aws_iam_policy_document data sources, into one statement model.
//
// Unknown parts are kept apart from known ones: a check may report on what is
// known to be granted, and must not conclude anything from what is unknown.
package iampolicy

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Statement is one policy statement.
type Statement struct {
	Sid string
	// Effect is "Allow" or "Deny" as written; "" when unknown. A data source
	// statement without effect is "Allow".
	Effect string
	// The known elements of each list. A single string reads as a list of one.
	Actions, NotActions, Resources, NotResources []string
	// The *Known flags are false when some element (or the whole list) is
	// unknown; a null list is known and empty.
	ActionsKnown, NotActionsKnown, ResourcesKnown, NotResourcesKnown bool
	// Principals maps a principal type ("AWS", "Service", "Federated",
	// "CanonicalUser") to its known identifiers; Principal "*" is the key "*".
	Principals    map[string][]string
	NotPrincipals map[string][]string
	// PrincipalsKnown is false when some part of Principal or NotPrincipal is unknown.
	PrincipalsKnown bool
	// PrincipalRefs are the resources unknown principals may come from: those
	// of the principals blocks of a data source, or of the whole argument for
	// a JSON document (where references cannot be told apart).
	PrincipalRefs []*lint.Resource
	// HasCondition is true when the statement carries a condition, or one
	// that cannot be known (conservatively a condition).
	HasCondition bool
	Conditions   []Condition
	// ConditionsKnown is false when some operator or key of a condition is
	// unknown: Conditions may then miss one.
	ConditionsKnown bool
	// At is where a finding on this statement is reported: the policy
	// argument, or the statement block of a data source.
	At lint.Subject
	// Key identifies the reporting place, to report a shared data source once.
	Key string
}

// Condition is one known condition: operator, key and known values.
type Condition struct {
	Test, Variable string
	Values         []string
}

// Read returns the statements of the policy an argument holds. ok is false
// when the document cannot be read (unknown, not JSON, or a reference to
// something other than one aws_iam_policy_document). Statements that are
// themselves unknown are left out.
func Read(a lint.Attr) ([]Statement, bool) { return read(a, 0) }

const maxDepth = 8

func read(a lint.Attr, depth int) ([]Statement, bool) {
	if depth > maxDepth || a.Null() {
		return nil, false
	}
	if doc, ok := a.JSON(); ok {
		return fromJSON(a, doc), true
	}
	if !a.Unknown() {
		return nil, false
	}
	// An unknown string computed from exactly one policy document data
	// source is that data source's json (or minified_json).
	refs := a.Refs()
	if len(refs) != 1 || !refs[0].Data || refs[0].Type != "aws_iam_policy_document" {
		return nil, false
	}
	return fromDataSource(refs[0], depth)
}

// DataSource returns the statements of an aws_iam_policy_document instance.
func DataSource(r *lint.Resource) ([]Statement, bool) { return fromDataSource(r, 0) }

func fromJSON(at lint.Attr, doc lint.Attr) []Statement {
	st := doc.Get("Statement")
	var list []lint.Attr
	switch {
	case st.Null() || !st.Value.IsKnown():
		return nil
	case st.Value.Type().IsObjectType() || st.Value.Type().IsMapType():
		list = []lint.Attr{st}
	default:
		list = st.Elements()
	}
	key := at.Range.String() + "|" + at.Resource().Address + "|" + at.Path
	var out []Statement
	for _, e := range list {
		if e.Null() || !e.Value.IsKnown() {
			continue
		}
		s := Statement{At: at, Key: key}
		s.Sid, _ = e.Get("Sid").StringOr("")
		if eff, ok := e.Get("Effect").StringOr(""); ok {
			s.Effect = eff
		}
		s.Actions, s.ActionsKnown = strs(e.Get("Action"))
		s.NotActions, s.NotActionsKnown = strs(e.Get("NotAction"))
		s.Resources, s.ResourcesKnown = strs(e.Get("Resource"))
		s.NotResources, s.NotResourcesKnown = strs(e.Get("NotResource"))
		p1, k1 := jsonPrincipals(e.Get("Principal"))
		p2, k2 := jsonPrincipals(e.Get("NotPrincipal"))
		s.Principals, s.NotPrincipals, s.PrincipalsKnown = p1, p2, k1 && k2
		if !s.PrincipalsKnown {
			s.PrincipalRefs = at.Refs()
		}
		cond := e.Get("Condition")
		s.HasCondition = !cond.Null()
		s.ConditionsKnown = conditionKeysKnown(cond)
		if s.ConditionsKnown {
			for _, op := range cond.Keys() {
				for _, v := range cond.Get(op).Keys() {
					vals, _ := strs(cond.Get(op).Get(v))
					s.Conditions = append(s.Conditions, Condition{Test: op, Variable: v, Values: vals})
				}
			}
			if len(s.Conditions) == 0 && len(cond.Keys()) == 0 {
				s.HasCondition = false // "Condition": {} restricts nothing
			}
		}
		out = append(out, s)
	}
	return out
}

// conditionKeysKnown says whether every operator and condition key of a
// Condition element is known (values may be unknown).
func conditionKeysKnown(cond lint.Attr) bool {
	if cond.Null() {
		return true
	}
	if !cond.Value.IsKnown() {
		return false
	}
	for _, op := range cond.Keys() {
		if !cond.Get(op).Value.IsKnown() {
			return false
		}
	}
	return true
}

// strs reads a string-or-list element: its known strings, and whether all are known.
func strs(a lint.Attr) ([]string, bool) {
	if a.Null() {
		return nil, true
	}
	return a.Strings(), a.AllStringsKnown()
}

func jsonPrincipals(p lint.Attr) (map[string][]string, bool) {
	if p.Null() {
		return nil, true
	}
	if !p.Value.IsKnown() {
		return nil, false
	}
	if s, ok := p.StringOr(""); ok {
		return map[string][]string{s: {s}}, true
	}
	out := map[string][]string{}
	known := p.Known()
	for _, k := range p.Keys() {
		ids, ok := strs(p.Get(k))
		out[k] = ids
		known = known && ok
	}
	return out, known
}

func fromDataSource(r *lint.Resource, depth int) ([]Statement, bool) {
	var out []Statement
	// source_policy_documents are merged first; statements of this document
	// replace source statements with the same sid; override_policy_documents
	// replace statements with the same sid last.
	for _, src := range r.Attr("source_policy_documents").Elements() {
		if sts, ok := read(src, depth+1); ok {
			out = merge(out, sts)
		}
	}
	if src := r.Attr("source_json"); !src.Null() {
		if sts, ok := read(src, depth+1); ok {
			out = merge(out, sts)
		}
	}
	var own []Statement
	for _, b := range r.Blocks("statement") {
		own = append(own, fromBlock(b))
	}
	out = merge(out, own)
	for _, src := range r.Attr("override_policy_documents").Elements() {
		if sts, ok := read(src, depth+1); ok {
			out = merge(out, sts)
		}
	}
	if src := r.Attr("override_json"); !src.Null() {
		if sts, ok := read(src, depth+1); ok {
			out = merge(out, sts)
		}
	}
	return out, true
}

// merge adds later statements, replacing earlier ones that share a sid.
func merge(base, later []Statement) []Statement {
	for _, s := range later {
		if s.Sid != "" {
			base = slices.DeleteFunc(base, func(b Statement) bool { return b.Sid == s.Sid })
		}
		base = append(base, s)
	}
	return base
}

func fromBlock(b *lint.Block) Statement {
	s := Statement{At: b, Key: b.Resource().Address + "|" + b.Path + "|" + b.DefRange.String(), PrincipalsKnown: true, ConditionsKnown: true}
	s.Sid, _ = b.Attr("sid").StringOr("")
	if eff, ok := b.Attr("effect").StringOr("Allow"); ok {
		s.Effect = eff
	}
	s.Actions, s.ActionsKnown = strs(b.Attr("actions"))
	s.NotActions, s.NotActionsKnown = strs(b.Attr("not_actions"))
	s.Resources, s.ResourcesKnown = strs(b.Attr("resources"))
	s.NotResources, s.NotResourcesKnown = strs(b.Attr("not_resources"))
	s.Principals = blockPrincipals(b.Blocks("principals"), &s.PrincipalsKnown, &s.PrincipalRefs)
	s.NotPrincipals = blockPrincipals(b.Blocks("not_principals"), &s.PrincipalsKnown, &s.PrincipalRefs)
	for _, c := range b.Blocks("condition") {
		s.HasCondition = true
		test, ok1 := c.Attr("test").StringOr("")
		v, ok2 := c.Attr("variable").StringOr("")
		s.ConditionsKnown = s.ConditionsKnown && ok1 && ok2 && !c.Attr("variable").Null()
		vals, _ := strs(c.Attr("values"))
		s.Conditions = append(s.Conditions, Condition{Test: test, Variable: v, Values: vals})
	}
	return s
}

func blockPrincipals(blocks []*lint.Block, known *bool, refs *[]*lint.Resource) map[string][]string {
	if len(blocks) == 0 {
		return nil
	}
	out := map[string][]string{}
	for _, p := range blocks {
		typ, ok := p.Attr("type").StringOr("")
		ids, idsKnown := strs(p.Attr("identifiers"))
		if !ok || !idsKnown {
			*known = false
			*refs = append(*refs, p.Attr("identifiers").Refs()...)
		}
		if !ok {
			continue
		}
		out[typ] = append(out[typ], ids...)
	}
	return out
}

// Allows is true when the effect is known to be Allow.
func (s Statement) Allows() bool { return strings.EqualFold(s.Effect, "Allow") }

// AllResources is true when the statement is known to apply to Resource "*".
func (s Statement) AllResources() bool { return slices.Contains(s.Resources, "*") }

// Grants says whether some known action pattern of the statement covers
// action (e.g. "*", "iam:*" and "iam:Pass*" cover "iam:PassRole").
func (s Statement) Grants(action string) bool {
	for _, p := range s.Actions {
		if Matches(p, action) {
			return true
		}
	}
	return false
}

// PublicPrincipal is true when the statement is known to name every
// principal: Principal "*" or {"AWS": "*"} (type "*" or "AWS" with "*" in a
// data source).
func (s Statement) PublicPrincipal() bool {
	return slices.Contains(s.Principals["*"], "*") || slices.Contains(s.Principals["AWS"], "*")
}

// Matches says whether an IAM action pattern (with * and ? wildcards) covers
// action, case-insensitively as IAM compares actions.
func Matches(pattern, action string) bool {
	return glob(strings.ToLower(pattern), strings.ToLower(action))
}

func glob(p, s string) bool {
	// Iterative wildcard match with backtracking to the last star.
	pi, si, star, mark := 0, 0, -1, 0
	for si < len(s) {
		switch {
		case pi < len(p) && (p[pi] == '?' || p[pi] == s[si]):
			pi++
			si++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, si
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// Seen remembers reported statements so a data source shared by several
// policies is reported once.
type Seen map[string]bool

// First is true the first time a statement's reporting place is seen.
func (s Seen) First(st Statement) bool {
	if s[st.Key] {
		return false
	}
	s[st.Key] = true
	return true
}

// OpenToAll says whether a statement allows every principal with no
// condition and no NotPrincipal: anyone with an AWS account gets its actions.
func (s Statement) OpenToAll() bool {
	return s.Allows() && s.PublicPrincipal() && !s.HasCondition && len(s.NotPrincipals) == 0
}

// ReportOpenToAll reports, once per statement, every statement of the
// resources' policies of kind k (bearers) that is OpenToAll. The message
// format takes the resource address.
func ReportOpenToAll(p *lint.Pass, k Kind, format string) {
	seen := Seen{}
	for _, r := range p.Resources() {
		for _, doc := range Documents(r, k) {
			sts, ok := Read(doc)
			if !ok {
				continue
			}
			for _, st := range sts {
				if st.OpenToAll() && seen.First(st) {
					p.Reportf(st.At, format, r.Address)
				}
			}
		}
	}
}

// Complete says whether every statement of a policy can be read: a JSON
// document whose statement list and statements are known, or a policy
// document data source whose source and override documents are all known or
// themselves complete data sources. Read leaves unknown parts out; a check
// that looks for a missing statement (a TLS-only deny) must ask Complete
// before it trusts the reading.
func Complete(a lint.Attr) bool { return complete(a, 0) }

func complete(a lint.Attr, depth int) bool {
	if depth > 8 || a.Null() {
		return depth > 0 && a.Null()
	}
	if doc, ok := a.JSON(); ok {
		st := doc.Get("Statement")
		if !st.Value.IsKnown() {
			return false
		}
		for _, e := range st.Elements() {
			if !e.Value.IsKnown() {
				return false
			}
		}
		return true
	}
	refs := a.Refs()
	if !a.Unknown() || len(refs) != 1 || !refs[0].Data || refs[0].Type != "aws_iam_policy_document" {
		return false
	}
	ds := refs[0]
	for _, name := range []string{"source_policy_documents", "override_policy_documents"} {
		docs := ds.Attr(name)
		if docs.Null() {
			continue
		}
		if !docs.Value.IsKnown() {
			return false
		}
		for _, e := range docs.Elements() {
			if !complete(e, depth+1) {
				return false
			}
		}
	}
	for _, name := range []string{"source_json", "override_json"} {
		if j := ds.Attr(name); !j.Null() && !complete(j, depth+1) {
			return false
		}
	}
	return true
}
