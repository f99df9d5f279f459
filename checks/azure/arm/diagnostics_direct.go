package arm

import (
	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

// DiagnosticsOn returns the diagnostic settings of parent itself (of kind
// k), not of its sub-resources. Unlike DiagnosticsOf with sub "", a target
// that is exactly a reference to parent (target_resource_id =
// azurerm_key_vault.kv.id, parent_id = azapi_resource.kv.id) names parent for
// sure: a bare reference evaluates to a wholly unknown value of no type
// computed from parent alone, while a path built on parent's ID (a
// sub-resource) is an unknown string. A literal target is compared with
// parent's ID; a target computed from parent in another way, or from
// nothing known, may name it, so certain is then false unless another
// setting names it for sure.
func (k Kind) DiagnosticsOn(m *lint.Module, parent View) (settings []View, certain bool) {
	return Linked(Diagnostics.In(m), func(d View) lint.Link {
		t := d.R.Attr("target_resource_id")
		if d.ARM {
			t = d.R.Attr("parent_id")
		}
		if BareRef(t, parent.R) {
			return lint.LinkSame
		}
		_, known := t.StringOr("")
		switch {
		case known && t.Null():
			return lint.LinkNot
		case known:
			return k.Link(parent, t)
		case t.References(parent.R) || len(t.Refs()) == 0:
			return lint.LinkUnknown
		}
		return lint.LinkNot
	})
}

// BareRef says whether a is exactly a reference to an attribute of r (such
// as r.id): a wholly unknown value of no type computed from r alone.
func BareRef(a lint.Attr, r *lint.Resource) bool {
	if a.Value == cty.NilVal || a.Value.IsKnown() || a.Value.Type() != cty.DynamicPseudoType {
		return false
	}
	refs := a.Refs()
	return len(refs) == 1 && refs[0] == r
}
