package plan_test

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/tenantlint/tenantlint/lint"
)

// encodePlan writes a module the source loader evaluated as the JSON of a
// plan, as terraform show -json would: every instance in planned_values and
// resource_changes, unknown values left out of after and true in
// after_unknown, sensitive ones true in after_sensitive, nested blocks as
// lists of objects. Tests read it back through the decoder.
func encodePlan(m *lint.Module) []byte {
	type res struct {
		Address         string         `json:"address"`
		Mode            string         `json:"mode"`
		Type            string         `json:"type"`
		Name            string         `json:"name"`
		Index           any            `json:"index,omitempty"`
		ProviderName    string         `json:"provider_name"`
		Values          map[string]any `json:"values"`
		SensitiveValues map[string]any `json:"sensitive_values"`
	}
	type module struct {
		Address   string    `json:"address,omitempty"`
		Resources []res     `json:"resources,omitempty"`
		Children  []*module `json:"child_modules,omitempty"`
	}
	type change struct {
		Actions        []string       `json:"actions"`
		Before         any            `json:"before"`
		After          map[string]any `json:"after"`
		AfterUnknown   map[string]any `json:"after_unknown"`
		AfterSensitive map[string]any `json:"after_sensitive"`
	}
	type rc struct {
		Address       string `json:"address"`
		ModuleAddress string `json:"module_address,omitempty"`
		Mode          string `json:"mode"`
		Type          string `json:"type"`
		Name          string `json:"name"`
		ProviderName  string `json:"provider_name"`
		Change        change `json:"change"`
	}
	root := &module{}
	mods := map[string]*module{"": root}
	var changes []rc
	for _, r := range m.All() {
		vals, unk, sens := encodeBlock(r.Body)
		mode := "managed"
		if r.Data {
			mode = "data"
		}
		mod := mods[r.ModuleAddress]
		if mod == nil {
			mod = &module{Address: r.ModuleAddress}
			mods[r.ModuleAddress] = mod
			root.Children = append(root.Children, mod)
		}
		mod.Resources = append(mod.Resources, res{Address: r.Address, Mode: mode, Type: r.Type, Name: r.Name,
			ProviderName: "registry.terraform.io/hashicorp/x", Values: vals, SensitiveValues: sens})
		changes = append(changes, rc{Address: r.Address, ModuleAddress: r.ModuleAddress, Mode: mode, Type: r.Type, Name: r.Name,
			ProviderName: "registry.terraform.io/hashicorp/x",
			Change:       change{Actions: []string{"create"}, After: vals, AfterUnknown: unk, AfterSensitive: sens}})
	}
	// The configuration section: each argument's references, module-relative,
	// as Terraform writes them, from the links the evaluation found.
	cfgMods := map[string]map[string]any{}
	for _, r := range m.All() {
		names := moduleNamesOf(r.ModuleAddress)
		key := strings.Join(names, ".")
		cm := cfgMods[key]
		if cm == nil {
			cm = map[string]any{"resources": []any{}, "module_calls": map[string]any{}}
			cfgMods[key] = cm
		}
		local := lint.LocalAddress(r.Address, r.ModuleAddress)
		exists := false
		for _, cr := range cm["resources"].([]any) {
			if cr.(map[string]any)["address"] == local {
				exists = true
			}
		}
		if exists {
			continue
		}
		exprs := map[string]any{}
		for _, n := range r.Body.WrittenNames() {
			var refs []string
			for _, t := range r.Attr(n).Refs() {
				if t.ModuleAddress == r.ModuleAddress {
					refs = append(refs, strings.TrimPrefix(t.Address, prefixOf(r.ModuleAddress)))
				}
			}
			exprs[n] = map[string]any{"references": refs}
		}
		cm["resources"] = append(cm["resources"].([]any), map[string]any{"address": local, "mode": "managed",
			"type": r.Type, "name": r.Name, "expressions": exprs})
	}
	var nest func(path []string) map[string]any
	nest = func(path []string) map[string]any {
		key := strings.Join(path, ".")
		cm := cfgMods[key]
		if cm == nil {
			cm = map[string]any{"resources": []any{}, "module_calls": map[string]any{}}
		}
		calls := map[string]any{}
		for k := range cfgMods {
			sub := strings.Split(k, ".")
			if k != "" && len(sub) == len(path)+1 && strings.Join(sub[:len(path)], ".") == key {
				calls[sub[len(sub)-1]] = map[string]any{"source": "./x", "module": nest(sub)}
			}
		}
		cm["module_calls"] = calls
		return cm
	}
	doc := map[string]any{
		"format_version":    "1.2",
		"terraform_version": "1.9.8",
		"planned_values":    map[string]any{"root_module": root},
		"resource_changes":  changes,
		"configuration":     map[string]any{"root_module": nest(nil)},
	}
	out, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		panic(err) // a test helper over values it built itself
	}
	return out
}

func encodeBlock(b *lint.Block) (vals, unk, sens map[string]any) {
	vals, unk, sens = map[string]any{}, map[string]any{}, map[string]any{}
	for _, n := range b.WrittenNames() {
		a := b.Attr(n)
		if a.Null() {
			vals[n] = nil
			continue
		}
		value := a.Value
		if doc, ok := a.JSON(); ok && !value.IsWhollyKnown() && doc.Value.IsWhollyKnown() {
			// Terraform renders a template it can: the plan holds the text.
			if text, err := ctyjson.Marshal(doc.Value, doc.Value.Type()); err == nil {
				value = cty.StringVal(string(text))
			}
		}
		v, u := encodeValue(value)
		if u != nil {
			unk[n] = u
		}
		if v != nil || u == nil {
			vals[n] = v
		}
		if a.Sensitive {
			sens[n] = true
		}
	}
	types := map[string]bool{}
	var order []string
	for _, c := range b.AllBlocks() {
		if !types[c.Type] {
			types[c.Type] = true
			order = append(order, c.Type)
		}
	}
	sort.Strings(order)
	for _, t := range order {
		var vl, ul, sl []any
		anyU, anyS := false, false
		for _, c := range b.Blocks(t) {
			v, u, s := encodeBlock(c)
			vl, ul, sl = append(vl, v), append(ul, u), append(sl, s)
			anyU = anyU || len(u) > 0
			anyS = anyS || len(s) > 0
		}
		vals[t] = vl
		if anyU {
			unk[t] = ul
		}
		if anyS {
			sens[t] = sl
		}
	}
	return vals, unk, sens
}

// encodeValue is the JSON of a value and its after_unknown shape (nil when
// wholly known; true when unknown).
func encodeValue(v cty.Value) (any, any) {
	if !v.IsKnown() {
		return nil, true
	}
	if v.IsNull() {
		return nil, nil
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return v.AsString(), nil
	case ty == cty.Bool:
		return v.True(), nil
	case ty == cty.Number:
		return json.Number(v.AsBigFloat().Text('g', -1)), nil
	case ty.IsObjectType() || ty.IsMapType():
		vals, unk := map[string]any{}, map[string]any{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			ev, eu := encodeValue(e)
			if eu != nil {
				unk[k.AsString()] = eu
			}
			if ev != nil || eu == nil {
				vals[k.AsString()] = ev
			}
		}
		if len(unk) == 0 {
			return vals, nil
		}
		return vals, unk
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		vals, unk := []any{}, []any{}
		anyU := false
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			ev, eu := encodeValue(e)
			vals, unk = append(vals, ev), append(unk, eu)
			anyU = anyU || eu != nil
		}
		if !anyU {
			return vals, nil
		}
		for i := range unk {
			if unk[i] == nil {
				unk[i] = false
			}
		}
		return vals, unk
	}
	return nil, true
}

func prefixOf(module string) string {
	if module == "" {
		return ""
	}
	return module + "."
}

// moduleNamesOf is the call names of a module instance address.
func moduleNamesOf(addr string) []string {
	var out []string
	for _, part := range strings.Split(lint.LocalAddress(addr, "")+".", "module.") {
		if part == "" {
			continue
		}
		name := strings.TrimSuffix(part, ".")
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name = name[:i]
		}
		out = append(out, name)
	}
	return out
}
