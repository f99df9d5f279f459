package arm

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// ID is what the configuration says about the ARM ID of a view, lowercased
// (ARM IDs do not depend on case): the whole ID when it is built from
// literals, else its tail from "/resourcegroups/" on (the subscription of an
// azurerm resource is the provider's). ok is false when the name or the
// place is unknown.
func (k Kind) ID(v View) (id string, whole, ok bool) {
	name, known := v.R.Attr("name").StringOr("")
	if !known || name == "" {
		return "", false, false
	}
	if !v.ARM {
		rg, known := v.R.Attr("resource_group_name").StringOr("")
		if !known || rg == "" || strings.Count(k.ARM, "/") != 1 {
			return "", false, false
		}
		return strings.ToLower("/resourceGroups/" + rg + "/providers/" + k.ARM + "/" + name), false, true
	}
	if v.Patch {
		if rid, known := v.R.Attr("resource_id").StringOr(""); known && rid != "" {
			return strings.ToLower(strings.TrimRight(rid, "/")), true, true
		}
	}
	parent, known := v.R.Attr("parent_id").StringOr("")
	if !known || parent == "" {
		return "", false, false
	}
	parent = strings.TrimRight(parent, "/")
	segs := strings.Split(k.ARM, "/")
	if len(segs) > 2 {
		return strings.ToLower(parent + "/" + segs[len(segs)-1] + "/" + name), true, true
	}
	return strings.ToLower(parent + "/providers/" + k.ARM + "/" + name), true, true
}

// Link says whether a (a parent_id, a storage_account_id, a key_vault_id)
// names the instance v of kind k: computed from it by reference, or holding
// its literal ARM ID. A literal is compared with the ID the configuration
// gives v; when that cannot be known, or a is unknown and computed from no
// resource, the answer is LinkUnknown.
func (k Kind) Link(v View, a lint.Attr) lint.Link {
	if a.References(v.R) {
		return lint.LinkSame
	}
	if s, known := a.StringOr(""); known && !a.Null() {
		if s == "" {
			return lint.LinkNot
		}
		s = strings.ToLower(strings.TrimRight(s, "/"))
		id, whole, ok := k.ID(v)
		if !ok {
			// The ID ends with the name: a known name that differs rules v out.
			if name, known := v.R.Attr("name").StringOr(""); known && name != "" &&
				!strings.HasSuffix(s, "/"+strings.ToLower(name)) {
				return lint.LinkNot
			}
			return lint.LinkUnknown
		}
		if s == id || !whole && strings.HasSuffix(s, id) && strings.HasPrefix(s, "/subscriptions/") {
			return lint.LinkSame
		}
		return lint.LinkNot
	}
	if a.Unknown() && len(a.Refs()) == 0 {
		return lint.LinkUnknown
	}
	return lint.LinkNot
}

// Children returns the instances of the kind child that point at parent (of
// kind k): an azapi child by parent_id, an azurerm child by its argument arg
// (storage_account_id); arg "" means the kind has no azurerm child form.
// certain is false when none points at parent and some may (their link is
// unknown), so that a check must not conclude that parent has no such child.
func (k Kind) Children(m *lint.Module, parent View, child Kind, arg string) (kids []View, certain bool) {
	return Linked(child.In(m), func(c View) lint.Link {
		switch {
		case c.ARM:
			return k.Link(parent, c.R.Attr("parent_id"))
		case arg != "":
			return k.Link(parent, c.R.Attr(arg))
		}
		return lint.LinkNot
	})
}

// Linked keeps the items whose link is LinkSame, in order. certain is false
// when none is and some link is LinkUnknown: the target may still have
// such an item, so a check must not conclude that it lacks one.
func Linked[T any](items []T, link func(T) lint.Link) (same []T, certain bool) {
	unknown := false
	for _, it := range items {
		switch link(it) {
		case lint.LinkSame:
			same = append(same, it)
		case lint.LinkUnknown:
			unknown = true
		case lint.LinkNot:
		}
	}
	if len(same) > 0 {
		return same, true
	}
	return nil, !unknown
}

// Patched says whether an azapi_update_resource of the kind may set the
// property prop of v: one that names v (or may) and whose body sets prop or
// cannot be read. A property a patch sets is judged at the patch, so a check
// leaves it alone on v.
func (k Kind) Patched(m *lint.Module, v View, prop string) bool {
	if v.Patch {
		return false
	}
	for _, u := range k.In(m) {
		if !u.Patch || k.patchLink(v, u) == lint.LinkNot {
			continue
		}
		if a := Prop(u.R, prop); a.Set || a.Unknown() {
			return true
		}
	}
	return false
}

// patchLink says whether the patch u names v: by resource_id, else by
// parent_id and name, whose ID is compared with v's when both are known; a
// known name that differs from v's rules v out.
func (k Kind) patchLink(v, u View) lint.Link {
	if rid := u.R.Attr("resource_id"); rid.Set {
		return k.Link(v, rid)
	}
	un, uk := u.R.Attr("name").StringOr("")
	vn, vk := v.R.Attr("name").StringOr("")
	if uk && vk && un != "" && vn != "" && !strings.EqualFold(un, vn) {
		return lint.LinkNot
	}
	uid, uwhole, uok := k.ID(u)
	vid, vwhole, vok := k.ID(v)
	if uok && vok && uwhole {
		if uid == vid || !vwhole && strings.HasSuffix(uid, vid) {
			return lint.LinkSame
		}
		return lint.LinkNot
	}
	return lint.LinkUnknown
}
