package arm

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

// Diagnostics is a diagnostic setting: an extension resource that sends a
// resource's logs somewhere. azurerm names the resource in
// target_resource_id; AzAPI makes it the setting's parent (parent_id).
var Diagnostics = Kind{AzureRM: []string{"azurerm_monitor_diagnostic_setting"}, ARM: "Microsoft.Insights/diagnosticSettings"}

// DiagnosticsOf returns the diagnostic settings of a sub-resource of
// parent (of kind k) that ARM names parent's ID + sub ("/queueServices/default"),
// or of parent itself when sub is "". A setting names it when its target is
// that literal ID, or is computed from a child in children (the AzAPI
// resources of the sub-resource). A target computed from parent's ID whose
// value is not known may name parent or any of its sub-resources: certain is
// then false, unless another setting names it for sure.
func (k Kind) DiagnosticsOf(m *lint.Module, parent View, sub string, children []View) (settings []View, certain bool) {
	sub = strings.ToLower(sub)
	return Linked(Diagnostics.In(m), func(d View) lint.Link {
		t := d.R.Attr("target_resource_id")
		if d.ARM {
			t = d.R.Attr("parent_id")
		}
		for _, c := range children {
			if t.References(c.R) {
				return lint.LinkSame
			}
		}
		s, known := t.StringOr("")
		switch {
		case known && t.Null():
			return lint.LinkNot
		case known:
			s = strings.ToLower(strings.TrimRight(s, "/"))
			if !strings.HasSuffix(s, sub) {
				return lint.LinkNot
			}
			head := t
			head.Value = cty.StringVal(s[:len(s)-len(sub)])
			return k.Link(parent, head)
		case t.References(parent.R) || len(t.Refs()) == 0:
			return lint.LinkUnknown
		}
		return lint.LinkNot
	})
}

// LogsAll says whether a diagnostic setting sends every one of the log
// categories (or the category group allLogs): azurerm enabled_log blocks
// (and the log blocks of azurerm v3, enabled by default), ARM
// properties.logs entries (enabled required true). ok is false when a
// category or its switch cannot be known.
func LogsAll(d View, categories ...string) (all, ok bool) {
	have := map[string]bool{}
	add := func(cat, group lint.Attr, enabled lint.Attr) bool {
		on, known := enabled.BoolOr(true)
		c, ck := cat.StringOr("")
		g, gk := group.StringOr("")
		if !known || !ck || !gk {
			return false
		}
		if on {
			have[strings.ToLower(c)] = true
			if strings.EqualFold(g, "allLogs") {
				have["*"] = true
			}
		}
		return true
	}
	if d.ARM {
		logs := d.Attr("", "properties.logs")
		if !logs.Known() {
			return false, false
		}
		for _, e := range logs.Elements() {
			if !add(Field(e, "category"), Field(e, "categoryGroup"), Field(e, "enabled")) {
				return false, false
			}
		}
	} else {
		for _, typ := range []string{"enabled_log", "log"} {
			for _, b := range d.R.Blocks(typ) {
				enabled := b.Attr("enabled")
				if typ == "enabled_log" {
					enabled = lint.Attr{} // no switch: an enabled_log is on
				}
				if !add(b.Attr("category"), b.Attr("category_group"), enabled) {
					return false, false
				}
			}
		}
	}
	if have["*"] {
		return true, true
	}
	for _, c := range categories {
		if !have[strings.ToLower(c)] {
			return false, true
		}
	}
	return true, true
}
