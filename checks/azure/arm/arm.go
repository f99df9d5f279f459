// Package arm is the AzAPI adapter: one place that reads a kind of Azure
// resource in both of the forms Terraform writes it in.
//
//   - the azurerm form: a resource type of hashicorp/azurerm
//     (azurerm_storage_account), read by argument name;
//   - the AzAPI form: azapi_resource with type = "<ARM type>@<API version>"
//     (Microsoft.Storage/storageAccounts@2023-05-01) and the ARM properties in
//     body, an HCL object (azapi v2) or a jsonencode(...) string (azapi v1),
//     read by ARM property path (properties.minimumTlsVersion); and
//     azapi_update_resource, which patches an existing resource and so says
//     only what it changes.
//
// A check names its kind once (a Kind) and its requirement once:
//
//	tls := v.Attr("min_tls_version", "properties.minimumTlsVersion")
//
// Findings point at the attribute in either form: the argument, or the item
// of the body object (lint.Attr.Field). Child resources (blobServices of a
// storage account, diagnostic settings) are found through parent_id: by
// reference first, then by the literal ARM ID.
package arm

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

// The AzAPI resource types.
const (
	// Resource creates (and owns) a resource.
	Resource = "azapi_resource"
	// Update patches a resource created elsewhere.
	Update = "azapi_update_resource"
)

// Kind is one kind of Azure resource in both forms.
type Kind struct {
	// AzureRM are the hashicorp/azurerm resource types of the kind.
	AzureRM []string
	// ARM is the ARM resource type, without API version
	// ("Microsoft.Storage/storageAccounts").
	ARM string
}

// Types lists the resource types a check of the kind reads, for
// lint.Check.Resources: the azurerm types, then azapi_resource and
// azapi_update_resource.
func (k Kind) Types() []string {
	out := append([]string{}, k.AzureRM...)
	return append(out, Resource, Update)
}

// View is one resource of a kind, in one form.
type View struct {
	R *lint.Resource
	// ARM is true for the AzAPI form.
	ARM bool
	// API is the API version of the AzAPI form ("2023-05-01").
	API string
	// Patch is true for azapi_update_resource: an absent property is left
	// as it is, so it is never a finding.
	Patch bool
}

// Views returns the instances of the kind among the check's resources, in
// load order. Checks list k.Types() as their Resources.
func (k Kind) Views(p *lint.Pass) []View { return k.views(p.Resources()) }

// In returns the instances of the kind in a module, in load order.
func (k Kind) In(m *lint.Module) []View { return k.views(m.Resources(k.Types()...)) }

func (k Kind) views(rs []*lint.Resource) []View {
	var out []View
	for _, r := range rs {
		if v, ok := k.View(r); ok {
			out = append(out, v)
		}
	}
	return out
}

// View returns r as an instance of the kind; ok is false when it is not one
// (another type, or an azapi resource of another ARM type or an unknown one).
func (k Kind) View(r *lint.Resource) (View, bool) {
	if r.Data {
		return View{}, false
	}
	switch r.Type {
	case Resource, Update:
		typ, api, ok := Type(r)
		if !ok || !strings.EqualFold(typ, k.ARM) {
			return View{}, false
		}
		return View{R: r, ARM: true, API: api, Patch: r.Type == Update}, true
	}
	for _, t := range k.AzureRM {
		if r.Type == t {
			return View{R: r}, true
		}
	}
	return View{}, false
}

// Type reads the type argument of an azapi resource: the ARM type and the
// API version. ok is false when it is unknown or not of that shape.
func Type(r *lint.Resource) (armType, api string, ok bool) {
	if r.Type != Resource && r.Type != Update {
		return "", "", false
	}
	a := r.Attr("type")
	s, known := a.StringOr("")
	if !known || a.Null() {
		return "", "", false
	}
	typ, api, found := strings.Cut(s, "@")
	if !found || typ == "" || api == "" {
		return "", "", false
	}
	return typ, api, true
}

// Attr reads the requirement from r in its form: for azurerm, the argument
// at arg; for AzAPI, the body property at prop. See View.Attr.
func Attr(r *lint.Resource, arg, prop string) lint.Attr {
	v := View{R: r}
	if typ, api, ok := Type(r); ok && typ != "" {
		v = View{R: r, ARM: true, API: api, Patch: r.Type == Update}
	}
	return v.Attr(arg, prop)
}

// Attr reads the requirement in the view's form. arg is the azurerm
// argument, after the nested block types that lead to it
// ("blob_properties.versioning_enabled", first block of each type); its last
// segment may list the names the argument had in different provider majors,
// "https_traffic_only_enabled|enable_https_traffic_only", and the first one
// the configuration sets is read. prop is the dotted ARM property path in the
// body ("properties.networkAcls.defaultAction"), matched without regard to
// case as ARM does. An unknown body gives an unknown value; an absent body or
// property a null one, at the body (else the resource header).
func (v View) Attr(arg, prop string) lint.Attr {
	if v.ARM {
		return Prop(v.R, prop)
	}
	return Arg(v.R.Body, arg)
}

// Arg reads an azurerm argument path under b (see View.Attr).
func Arg(b *lint.Block, arg string) lint.Attr {
	parts := strings.Split(arg, ".")
	for _, typ := range parts[:len(parts)-1] {
		b = b.Block(typ)
	}
	return First(b, strings.Split(parts[len(parts)-1], "|")...)
}

// First returns the first of the named arguments that b sets, else the
// absent first one: for arguments renamed between provider majors
// (enable_https_traffic_only in azurerm v3, https_traffic_only_enabled in v4).
func First(b *lint.Block, names ...string) lint.Attr {
	for _, n := range names {
		if a := b.Attr(n); a.Set {
			return a
		}
	}
	return b.Attr(names[0])
}

// Body returns the body of an azapi resource as a document: the HCL object,
// the argument of jsonencode, or the JSON string decoded. An absent body is
// null; a body that cannot be read (unknown, or a string that is no JSON) is
// unknown, so that nothing is concluded from it.
func Body(r *lint.Resource) lint.Attr {
	b := r.Attr("body")
	if b.Null() {
		return b
	}
	if doc, ok := b.JSON(); ok {
		return doc
	}
	if !b.Value.IsKnown() {
		return b
	}
	if ty := b.Value.Type(); ty.IsObjectType() || ty.IsMapType() {
		return b
	}
	return unknown(b)
}

// Prop reads a dotted ARM property path in the body of an azapi resource.
func Prop(r *lint.Resource, prop string) lint.Attr {
	a := Body(r)
	for name := range strings.SplitSeq(prop, ".") {
		a = Field(a, name)
	}
	return a
}

// Field is a.Field(name) with ARM's case-insensitive property names: the
// exact key first, else the key that equals it without regard to case. A
// known value that is no object (a string where ARM wants an object) cannot
// be read: its part is unknown, so that nothing is concluded from it.
func Field(a lint.Attr, name string) lint.Attr {
	f := a.Field(name)
	if f.Set || a.Null() || !a.Value.IsKnown() {
		return f
	}
	if ty := a.Value.Type(); !ty.IsObjectType() && !ty.IsMapType() {
		return unknown(f)
	}
	for _, k := range a.Keys() {
		if strings.EqualFold(k, name) {
			return a.Field(k)
		}
	}
	return f
}

// unknown turns a into an unknown value at the same place.
func unknown(a lint.Attr) lint.Attr {
	a.Value = cty.DynamicVal
	return a
}
