package lint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Three-valued results. A check that reads an unknown value cannot decide;
// the loader marks every unknown it makes with the Reason it is unknown
// (cty marks travel with the value through expressions and functions), and
// the Attr readers record, for the running check, each read of an unknown
// value as an Undecided: plain strings and a range, kept after the root's
// values are dropped.

// ReasonKind says why a value is unknown.
type ReasonKind string

// The reasons a value is unknown.
const (
	// NoValue: a variable without a value (no default, no --var, tfvars or
	// TF_VAR_); Subject is var.x (module-qualified inside modules).
	NoValue ReasonKind = "no-value"
	// InvalidValue: a variable whose value does not convert to its type.
	InvalidValue ReasonKind = "invalid-value"
	// Computed: an attribute the provider computes at apply; Subject is
	// "<attribute> of <resource address>".
	Computed ReasonKind = "computed"
	// FromData: an attribute of a data source, read at plan or apply.
	FromData ReasonKind = "data-source"
	// ModuleMissing: a module that is not installed or not found.
	ModuleMissing ReasonKind = "module-missing"
	// Unevaluated: an expression that could not be evaluated (an error).
	Unevaluated ReasonKind = "not-evaluated"
	// CycleReason: values that depend on each other.
	CycleReason ReasonKind = "cycle"
	// Expansion: a count or for_each that is unknown.
	Expansion ReasonKind = "expansion"
	// FileOutside: a file function refused a path outside the repository.
	FileOutside ReasonKind = "file-outside"
	// ApplyTime: a function whose result is known only at apply (timestamp,
	// uuid, bcrypt...), or a template placeholder.
	ApplyTime ReasonKind = "apply-time"
	// BudgetExceeded: evaluation stopped (budget, --timeout).
	BudgetExceeded ReasonKind = "budget"
	// NoReason: none recorded. The loader's tests keep it from happening on
	// the corpus; it is listed so that a gap is visible, not hidden.
	NoReason ReasonKind = "unrecorded"
)

// Reason is why a value is unknown: a cty mark on the unknowns the loader
// makes. It is comparable, as marks must be.
type Reason struct {
	Kind    ReasonKind
	Subject string
}

// Because makes a reason mark.
func Because(kind ReasonKind, subject string) Reason { return Reason{kind, subject} }

// String says the reason in words.
func (r Reason) String() string {
	switch r.Kind {
	case NoValue:
		return "no value for " + r.Subject
	case InvalidValue:
		return "invalid value for " + r.Subject
	case Computed:
		return "computed by the provider (" + r.Subject + ")"
	case FromData:
		return "from data source " + r.Subject
	case ModuleMissing:
		return "module not installed (" + r.Subject + ")"
	case Unevaluated:
		return "expression not evaluated (" + r.Subject + ")"
	case CycleReason:
		return "cycle (" + r.Subject + ")"
	case Expansion:
		return "unknown count or for_each (" + r.Subject + ")"
	case FileOutside:
		return "file outside the repository (" + r.Subject + ")"
	case ApplyTime:
		return "known only at apply (" + r.Subject + ")"
	case BudgetExceeded:
		return "evaluation budget exceeded (" + r.Subject + ")"
	case NoReason:
	}
	return "unknown, no reason recorded"
}

// Undecided is one decision a check could not make: it read an unknown
// value of a resource.
type Undecided struct {
	Check   *Check
	Address string
	// Path is the argument read; Range its expression (else the block header).
	Path  string
	Range hcl.Range
	// ModuleCalls lead to the resource, outermost first.
	ModuleCalls []hcl.Range
	// Reasons say why the value is unknown, sorted, without duplicates.
	Reasons []Reason
}

// ReasonsOf returns the reason marks among marks, sorted.
func ReasonsOf(marks cty.ValueMarks) []Reason {
	var out []Reason
	for m := range marks {
		if r, ok := m.(Reason); ok {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, compareReasons)
	return out
}

// ReasonMarks keeps the reason marks of marks.
func ReasonMarks(marks cty.ValueMarks) cty.ValueMarks {
	out := cty.ValueMarks{}
	for m := range marks {
		if _, ok := m.(Reason); ok {
			out[m] = struct{}{}
		}
	}
	return out
}

// HasReason says whether a value, or a part of it, carries a reason mark.
func HasReason(v cty.Value) bool {
	found := false
	EachMark(v, func(m any) bool {
		_, found = m.(Reason)
		return !found
	})
	return found
}

func compareReasons(a, b Reason) int {
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	return cmp.Compare(a.Subject, b.Subject)
}

// noteUnknown records, for the check running on the attribute's root
// module, that it read the attribute and found it (partly) unknown.
func (a Attr) noteUnknown() {
	if a.res == nil || a.res.Module == nil || a.res.Module.pass == nil {
		return
	}
	if a.Value == cty.NilVal || a.Value.IsWhollyKnown() {
		return
	}
	a.res.Module.pass.undecided(a)
}

type undecidedKey struct {
	addr, path string
}

func (p *Pass) undecided(a Attr) {
	k := undecidedKey{a.res.Address, a.Path}
	if p.seen == nil {
		p.seen = map[undecidedKey]bool{}
	}
	if p.seen[k] {
		return
	}
	p.seen[k] = true
	reasons := ReasonsOf(a.marks)
	if len(reasons) == 0 {
		// Read from another resource: an attribute its provider computes,
		// or a data source's.
		for _, r := range a.Refs() {
			if r.Data {
				reasons = append(reasons, Because(FromData, r.Address))
			} else {
				reasons = append(reasons, Because(Computed, "attribute of "+r.Address))
			}
		}
	}
	if len(reasons) == 0 {
		reasons = []Reason{{Kind: NoReason}}
	}
	p.open = append(p.open, Undecided{Check: p.Check, Address: a.res.Address, Path: a.Path, Range: a.Range, ModuleCalls: a.res.ModuleCalls, Reasons: reasons})
}

// SortUndecided orders undecided decisions by place, check, address and
// path, and drops exact duplicates (a module two roots call the same way).
func SortUndecided(us []Undecided) []Undecided {
	slices.SortStableFunc(us, compareUndecided)
	return slices.CompactFunc(us, func(a, b Undecided) bool { return compareUndecided(a, b) == 0 })
}

func compareUndecided(a, b Undecided) int {
	if c := CompareRanges(a.Range, b.Range); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Check.ID, b.Check.ID); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Address, b.Address); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.ModuleCalls, b.ModuleCalls, CompareRanges); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Reasons, b.Reasons, compareReasons)
}

// ReasonText joins the reasons of a decision in words.
func (u Undecided) ReasonText() string {
	parts := make([]string, len(u.Reasons))
	for i, r := range u.Reasons {
		parts[i] = r.String()
	}
	return strings.Join(parts, "; ")
}

// OpenDecisions keeps the undecided decisions that stay open: not those of a
// check on a resource it reported a finding for (it decided), nor those in
// an excluded file (excluded may be nil).
func OpenDecisions(us []Undecided, findings []*Finding, excluded func(string) bool) []Undecided {
	type key struct{ check, addr string }
	decided := map[key]bool{}
	for _, f := range findings {
		decided[key{f.Check.ID, f.Address}] = true
		for _, in := range f.Instances {
			decided[key{f.Check.ID, in.Address}] = true
		}
	}
	out := us[:0:0]
	for _, u := range us {
		if decided[key{u.Check.ID, u.Address}] || (excluded != nil && excluded(u.Range.Filename)) {
			continue
		}
		out = append(out, u)
	}
	return out
}
