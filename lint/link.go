package lint

import "slices"

// Links between resources. A companion resource points at its target through
// one argument (aws_s3_bucket_versioning.bucket, aws_flow_log.vpc_id...): by
// reference (aws_s3_bucket.b.id, through locals, variables and module outputs
// alike) or by the literal name the target is known by. Which arguments name
// a resource is the provider's vocabulary: each provider declares its
// Naming, and lint knows none.

// Naming is a provider's vocabulary for naming resources: the arguments
// whose literal value other resources use to refer to an instance (for AWS:
// bucket, name, arn, cluster_identifier...).
type Naming struct {
	args []string
}

// NewNaming declares the identity arguments of a provider, in the order
// they are tried.
func NewNaming(args ...string) Naming {
	return Naming{args: slices.Clone(args)}
}

// Args lists the identity arguments.
func (id Naming) Args() []string { return slices.Clone(id.args) }

// Names returns the known literal names r can be referred to by.
func (id Naming) Names(r *Resource) []string {
	var out []string
	for _, n := range id.args {
		if s, ok := r.Attr(n).StringOr(""); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Link is what can be said about whether an argument names a target.
type Link int8

// The three answers.
const (
	// LinkNot: the argument names something else (or nothing).
	LinkNot Link = iota
	// LinkSame: the argument names the target.
	LinkSame
	// LinkUnknown: the argument's value cannot be known before apply and is
	// computed from no resource, so it may name the target or not.
	LinkUnknown
)

// String names the answer for test output.
func (l Link) String() string {
	switch l {
	case LinkNot:
		return "not"
	case LinkSame:
		return "same"
	case LinkUnknown:
		return "unknown"
	}
	return "Link(" + itoa(int(l)) + ")"
}

// Target is what companions may point at: an instance of the configuration
// when it holds one, else the argument that names a resource outside it (a
// bucket created elsewhere, named by a literal or a variable).
type Target struct {
	// Resource is the instance, nil when the configuration does not hold it.
	Resource *Resource
	// Attr is the argument that names the target when Resource is nil.
	Attr Attr
	// Type is the resource type of the target ("aws_s3_bucket").
	Type string
}

// ResourceTarget is the target of an instance of the configuration.
func ResourceTarget(r *Resource) Target {
	return Target{Resource: r, Type: r.Type}
}

// Target resolves an argument that names an instance of typ: the one
// instance it was computed from, else the instance whose literal name it
// holds, else the argument itself.
func (id Naming) Target(m *Module, typ string, a Attr) Target {
	t := Target{Attr: a, Type: typ}
	if rs := refsOf(a, typ); len(rs) == 1 {
		t.Resource = rs[0]
		return t
	}
	if s, ok := a.StringOr(""); ok && !a.Null() {
		for _, r := range m.byType[typ] {
			if slices.Contains(id.Names(r), s) {
				t.Resource = r
				return t
			}
		}
	}
	return t
}

// Link says whether the argument a (of a companion) names the target.
func (id Naming) Link(t Target, a Attr) Link {
	if t.Resource == nil {
		return id.linkAttrs(a, t.Attr, t.Type)
	}
	if a.References(t.Resource) {
		return LinkSame
	}
	if s, known := a.StringOr(""); known && !a.Null() {
		if slices.Contains(id.Names(t.Resource), s) {
			return LinkSame
		}
		return LinkNot
	}
	if a.Unknown() && len(a.Refs()) == 0 {
		return LinkUnknown
	}
	return LinkNot
}

// linkAttrs says whether two arguments name the same instance of typ: both
// computed from the same instance, or holding the same literal, or one holding
// the literal name of the instance the other was computed from.
func (id Naming) linkAttrs(a, b Attr, typ string) Link {
	ra, rb := refsOf(a, typ), refsOf(b, typ)
	for _, r := range ra {
		if slices.Contains(rb, r) {
			return LinkSame
		}
	}
	sa, oka := a.StringOr("")
	sb, okb := b.StringOr("")
	if oka && okb && !a.Null() && !b.Null() {
		if sa == sb && sa != "" {
			return LinkSame
		}
		return LinkNot
	}
	if oka && !a.Null() && id.named(rb, sa) || okb && !b.Null() && id.named(ra, sb) {
		return LinkSame
	}
	// Unknown on one side: computed from a known instance that is not the
	// other one is a "no"; anything else cannot be decided.
	if (!oka && len(ra) == 0) || (!okb && len(rb) == 0) {
		return LinkUnknown
	}
	return LinkNot
}

func (id Naming) named(rs []*Resource, name string) bool {
	for _, r := range rs {
		if slices.Contains(id.Names(r), name) {
			return true
		}
	}
	return false
}

// refsOf returns the resource (not data) instances of typ a value was
// computed from.
func refsOf(a Attr, typ string) []*Resource {
	var out []*Resource
	for _, r := range a.Refs() {
		if r.Type == typ && !r.Data {
			out = append(out, r)
		}
	}
	return out
}

// Links is what a module says about the companions of one target.
type Links struct {
	// Same are the companions that name the target, in load order.
	Same []*Resource
	// Unknown are the companions that may or may not name it.
	Unknown []*Resource
}

// Certain is true when no companion's link is unknown.
func (l Links) Certain() bool { return len(l.Unknown) == 0 }

// Links sorts the instances of typ by whether their argument attr names the
// target.
func (m *Module) Links(id Naming, t Target, typ, attr string) Links {
	var l Links
	for _, r := range m.byType[typ] {
		switch id.Link(t, r.Attr(attr)) {
		case LinkSame:
			l.Same = append(l.Same, r)
		case LinkUnknown:
			l.Unknown = append(l.Unknown, r)
		case LinkNot:
		}
	}
	return l
}

// Companions returns the instances of typ whose argument attr names target,
// and whether the answer is certain: false when none names it and some may
// (their link is unknown), so a check must not conclude that target lacks
// such a companion.
func (m *Module) Companions(id Naming, target *Resource, typ, attr string) ([]*Resource, bool) {
	l := m.Links(id, ResourceTarget(target), typ, attr)
	if len(l.Same) > 0 {
		return l.Same, true
	}
	return nil, l.Certain()
}
