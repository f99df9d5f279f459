package lint

import (
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// This file is the only code that calls cty methods which panic on unknown,
// null or marked values. Checks read values through Attr, Block and Resource.

// SensitiveMark marks values that come from sensitive variables or outputs.
// A message never shows such a value.
var SensitiveMark = sensitive{}

type sensitive struct{}

// Module is one root module: every resource instance of it and of the
// modules it calls, evaluated.
type Module struct {
	// Dir is the root module's folder as the loader found it.
	Dir       string
	resources []*Resource
	byType    map[string][]*Resource
	// pass is the check running on the module, which records the unknown
	// values it reads (undecided.go); a module runs one check at a time.
	pass *Pass
}

// NewModule makes an empty root module for a loader to fill.
func NewModule(dir string) *Module {
	return &Module{Dir: dir, byType: map[string][]*Resource{}}
}

// Add appends a resource instance. Loaders call it; checks do not.
func (m *Module) Add(r *Resource) {
	r.Module = m
	m.resources = append(m.resources, r)
	key := r.Type
	if r.Data {
		key = "data." + r.Type
	}
	m.byType[key] = append(m.byType[key], r)
	if r.provisioned() {
		m.byType[ProvisionedType] = append(m.byType[ProvisionedType], r)
	}
}

// All returns every resource instance, in load order. The slice is clipped:
// appending to it cannot write into the module.
func (m *Module) All() []*Resource { return slices.Clip(m.resources) }

// Resources returns the instances of the given types (data sources as
// "data.<type>"), in load order. The slice is clipped: appending to it
// cannot write into the module.
func (m *Module) Resources(types ...string) []*Resource {
	if len(types) == 1 {
		return slices.Clip(m.byType[types[0]])
	}
	var out []*Resource
	for _, r := range m.resources {
		if slices.Contains(types, r.typeKey()) {
			out = append(out, r)
		}
	}
	return out
}

// Any says whether some instance of typ satisfies pred.
func (m *Module) Any(typ string, pred func(*Resource) bool) bool {
	for _, r := range m.byType[typ] {
		if pred(r) {
			return true
		}
	}
	return false
}

// Has says whether some instance of typ sets attr to want (a bool, string or
// number), after evaluation. An absent attribute never matches.
func (m *Module) Has(typ, attr string, want any) bool {
	return m.Any(typ, func(r *Resource) bool { return r.Attr(attr).Equals(want) })
}

// Resource is one instance of a resource or data block. Its arguments and
// nested blocks are read as on a Block: r.Attr, r.Blocks, r.Block.
type Resource struct {
	// Body is the resource's body, for helpers that take a *Block.
	Body *Block
	// DefRange is the block header; Range the whole block.
	DefRange hcl.Range
	Range    hcl.Range
	Type     string
	Name     string
	// Data is true for data sources.
	Data bool
	// Address is Terraform's address: module.a["x"].aws_s3_bucket.b[0].
	Address string
	// ModuleAddress is the address of the module instance that holds it, "" at the root.
	ModuleAddress string
	// ModuleCalls are the module call blocks that lead to it, outermost first.
	ModuleCalls []hcl.Range
	// Module is the root module the instance belongs to.
	Module *Module
	// KeyKnown is false when count or for_each could not be evaluated.
	KeyKnown bool
	// ProviderVersions is what the configuration says about the version of
	// the resource's provider (required_providers up the module chain, the
	// lock file).
	ProviderVersions ProviderVersions
	// meta holds the provisioner and connection blocks (provisioner.go).
	meta *Block
}

// NewResource makes a resource instance for a loader to fill.
func NewResource(typ, name string, data bool, address string, def, full hcl.Range) *Resource {
	r := &Resource{Type: typ, Name: name, Data: data, Address: address, KeyKnown: true, DefRange: def, Range: full}
	r.Body = &Block{Type: "resource", Labels: []string{typ, name}, DefRange: def, Range: full, present: true, res: r}
	if data {
		r.Body.Type = "data"
	}
	return r
}

// Attr returns an argument of the resource (see Block.Attr).
func (r *Resource) Attr(name string) Attr { return r.Body.Attr(name) }

// Blocks returns the nested blocks of a type (see Block.Blocks).
func (r *Resource) Blocks(typ string) []*Block { return r.Body.Blocks(typ) }

// Block returns the first nested block of a type or a stand-in (see Block.Block).
func (r *Resource) Block(typ string) *Block { return r.Body.Block(typ) }

// AttrNames lists the arguments set on the resource, in source order.
func (r *Resource) AttrNames() []string { return r.Body.AttrNames() }

// AllBlocks returns every nested block in order.
func (r *Resource) AllBlocks() []*Block { return r.Body.AllBlocks() }

func (r *Resource) typeKey() string {
	if r.Data {
		return "data." + r.Type
	}
	return r.Type
}

// Block is a resource body or a nested block in it. A missing block is a
// stand-in whose attributes are all absent and whose range is its parent's.
type Block struct {
	Type   string
	Labels []string
	// DefRange is the block header; Range the whole block.
	DefRange hcl.Range
	Range    hcl.Range
	// Path locates the block in its resource: "ingress[1]", "" for the body.
	Path    string
	present bool
	res     *Resource
	attrs   map[string]*attrData
	order   []string
	blocks  []*Block
}

type attrData struct {
	value   cty.Value
	marks   cty.ValueMarks
	rng     hcl.Range
	decoded cty.Value
	parts   map[string]hcl.Range
}

// PartSep joins the keys of a path into an object written in the source.
const PartSep = "\x00"

// SetAttrParts records, for an argument already set, the ranges of the items
// of the object the configuration wrote literally (as the argument or as the
// argument of jsonencode): keys joined by NUL, from the object's top. Field
// reads them. Loaders call it; checks do not.
func (b *Block) SetAttrParts(name string, parts map[string]hcl.Range) {
	if d, ok := b.attrs[name]; ok {
		d.parts = parts
	}
}

// SetAttr records an evaluated argument. decoded, when not cty.NilVal, is the
// structured value a JSON document was encoded from (the argument of jsonencode).
// Loaders call it; checks do not.
func (b *Block) SetAttr(name string, v cty.Value, rng hcl.Range, decoded cty.Value) {
	if b.attrs == nil {
		b.attrs = map[string]*attrData{}
	}
	un, pvm := v.UnmarkDeepWithPaths()
	marks := make(cty.ValueMarks)
	for _, pm := range pvm {
		for m := range pm.Marks {
			marks[m] = struct{}{}
		}
	}
	if decoded != cty.NilVal {
		var dm []cty.PathValueMarks
		decoded, dm = decoded.UnmarkDeepWithPaths()
		for _, pm := range dm {
			for m := range pm.Marks {
				marks[m] = struct{}{}
			}
		}
	}
	if _, dup := b.attrs[name]; !dup {
		b.order = append(b.order, name)
	}
	b.attrs[name] = &attrData{value: un, marks: marks, rng: rng, decoded: decoded}
}

// NewBlock makes a nested block and appends it to b. Loaders call it.
func (b *Block) NewBlock(typ string, labels []string, def, full hcl.Range) *Block {
	n := 0
	for _, c := range b.blocks {
		if c.Type == typ {
			n++
		}
	}
	path := typ + "[" + itoa(n) + "]"
	if b.Path != "" {
		path = b.Path + "." + path
	}
	c := &Block{Type: typ, Labels: labels, DefRange: def, Range: full, Path: path, present: true, res: b.res}
	b.blocks = append(b.blocks, c)
	return c
}

// Exists is false for the stand-in of a missing block.
func (b *Block) Exists() bool { return b != nil && b.present }

// Resource returns the resource instance the block belongs to.
func (b *Block) Resource() *Resource { return b.res }

// Attr returns an argument of the block; absent arguments are null and carry
// the block's header range. An argument set to null is absent, as Terraform
// reads it (the provider's default or a computed value): only its range,
// the null's, says where it was written.
func (b *Block) Attr(name string) Attr {
	path := name
	if b.Path != "" {
		path = b.Path + "." + name
	}
	if d, ok := b.attrs[name]; ok && d.null() {
		return Attr{Name: name, Value: cty.NullVal(cty.DynamicPseudoType), Range: d.rng, Path: path, res: b.res}
	}
	if d, ok := b.attrs[name]; ok {
		return Attr{Name: name, Value: d.value, Range: d.rng, Path: path, Set: true, Sensitive: hasMark(d.marks, SensitiveMark), res: b.res, marks: d.marks, decoded: d.decoded, parts: d.parts}
	}
	return Attr{Name: name, Value: cty.NullVal(cty.DynamicPseudoType), Range: b.DefRange, Path: path, res: b.res}
}

// AttrNames lists the arguments set on the block, in source order; those set
// to null are absent.
func (b *Block) AttrNames() []string {
	out := make([]string, 0, len(b.order))
	for _, n := range b.order {
		if !b.attrs[n].null() {
			out = append(out, n)
		}
	}
	return out
}

// null is true for an argument whose value is a known null.
func (d *attrData) null() bool { return d.value.IsKnown() && d.value.IsNull() }

// Blocks returns the nested blocks of a type, static and dynamic alike.
func (b *Block) Blocks(typ string) []*Block {
	var out []*Block
	for _, c := range b.blocks {
		if c.Type == typ {
			out = append(out, c)
		}
	}
	return out
}

// AllBlocks returns every nested block in order, clipped.
func (b *Block) AllBlocks() []*Block { return slices.Clip(b.blocks) }

// Block returns the first nested block of a type, or a stand-in at b's header.
func (b *Block) Block(typ string) *Block {
	for _, c := range b.blocks {
		if c.Type == typ {
			return c
		}
	}
	path := typ
	if b.Path != "" {
		path = b.Path + "." + typ
	}
	return &Block{Type: typ, DefRange: b.DefRange, Range: b.Range, Path: path, res: b.res}
}

// Attr is an evaluated argument, or a part of one.
type Attr struct {
	Name string
	// Value is null if absent; it may be unknown. It carries no marks.
	Value cty.Value
	// Range is the expression, else the enclosing block's header.
	Range hcl.Range
	// Path locates the argument in its resource: "metadata_options.http_tokens".
	Path string
	// Set is true when the configuration writes the argument.
	Set bool
	// Sensitive values never appear in messages.
	Sensitive bool
	res       *Resource
	marks     cty.ValueMarks
	decoded   cty.Value
	// parts are the ranges of literal object items (SetAttrParts); part is
	// this value's key path in them, "" at the top.
	parts map[string]hcl.Range
	part  string
}

// Resource returns the resource instance the argument belongs to.
func (a Attr) Resource() *Resource { return a.res }

// Null is true for absent and null arguments.
func (a Attr) Null() bool { return a.Value == cty.NilVal || (a.Value.IsKnown() && a.Value.IsNull()) }

// Known is true when the value is wholly known (it may be null). A check
// that asks and is told no could not decide: it is recorded.
func (a Attr) Known() bool {
	known := a.Value != cty.NilVal && a.Value.IsWhollyKnown()
	if !known {
		a.noteUnknown()
	}
	return known
}

// Unknown is true when the value, or part of it, cannot be known before
// apply; a check that is told yes could not decide: it is recorded.
func (a Attr) Unknown() bool {
	unknown := a.Value != cty.NilVal && !a.Value.IsWhollyKnown()
	if unknown {
		a.noteUnknown()
	}
	return unknown
}

// BoolOr returns the value as a bool: def when null; ok=false when unknown or
// not convertible. The strings "true" and "false" convert as Terraform does.
func (a Attr) BoolOr(def bool) (v, ok bool) {
	if a.Null() {
		return def, true
	}
	if !a.Value.IsKnown() {
		a.noteUnknown()
		return false, false
	}
	switch a.Value.Type() {
	case cty.Bool:
		return a.Value.True(), true
	case cty.String:
		switch strings.ToLower(a.Value.AsString()) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

// StringOr returns the value as a string: def when null; ok=false when
// unknown or not a primitive. Numbers and bools convert.
func (a Attr) StringOr(def string) (string, bool) {
	if a.Null() {
		return def, true
	}
	if !a.Value.IsKnown() {
		a.noteUnknown()
		return "", false
	}
	switch a.Value.Type() {
	case cty.String:
		return a.Value.AsString(), true
	case cty.Bool:
		if a.Value.True() {
			return "true", true
		}
		return "false", true
	case cty.Number:
		return a.Value.AsBigFloat().Text('f', -1), true
	}
	return "", false
}

// IntOr returns the value as an integer: def when null; ok=false when unknown
// or not a whole number. Numeric strings convert.
func (a Attr) IntOr(def int64) (int64, bool) {
	f, ok := a.floatOr(float64(def))
	if !ok || f != float64(int64(f)) {
		return 0, false
	}
	return int64(f), true
}

// FloatOr returns the value as a number: def when null; ok=false when unknown
// or not numeric.
func (a Attr) FloatOr(def float64) (float64, bool) { return a.floatOr(def) }

func (a Attr) floatOr(def float64) (float64, bool) {
	if a.Null() {
		return def, true
	}
	if !a.Value.IsKnown() {
		a.noteUnknown()
		return 0, false
	}
	switch a.Value.Type() {
	case cty.Number:
		f, _ := a.Value.AsBigFloat().Float64()
		return f, true
	case cty.String:
		f, _, err := big.ParseFloat(strings.TrimSpace(a.Value.AsString()), 10, 64, big.ToNearestEven)
		if err != nil {
			return 0, false
		}
		v, _ := f.Float64()
		return v, true
	}
	return 0, false
}

// Equals says whether the value is known and equal to want (bool, string,
// int or float64), with Terraform's string conversions.
func (a Attr) Equals(want any) bool {
	if a.Null() {
		return false
	}
	switch w := want.(type) {
	case bool:
		v, ok := a.BoolOr(!w)
		return ok && v == w
	case string:
		v, ok := a.StringOr("")
		return ok && v == w
	case int:
		v, ok := a.IntOr(0)
		return ok && v == int64(w)
	case int64:
		v, ok := a.IntOr(0)
		return ok && v == w
	case float64:
		v, ok := a.FloatOr(0)
		return ok && v == w
	}
	return false
}

// Elements returns the elements of a known list, set or tuple (or the value
// itself when it is a single primitive), each as an Attr with the same range.
// Unknown elements are included; an unknown collection yields none.
func (a Attr) Elements() []Attr {
	if a.Null() || !a.Value.IsKnown() {
		a.noteUnknown()
		return nil
	}
	ty := a.Value.Type()
	if ty.IsPrimitiveType() {
		return []Attr{a}
	}
	if !ty.IsListType() && !ty.IsSetType() && !ty.IsTupleType() {
		return nil
	}
	out := make([]Attr, 0, a.Value.LengthInt())
	i := 0
	for it := a.Value.ElementIterator(); it.Next(); i++ {
		_, v := it.Element()
		e := a
		e.Value = v
		e.decoded = cty.NilVal
		e.parts = nil
		e.Path = a.Path + "[" + itoa(i) + "]"
		out = append(out, e)
	}
	return out
}

// Strings returns the known string elements of a list, set or tuple, or the
// value itself when it is a known string.
func (a Attr) Strings() []string {
	var out []string
	for _, e := range a.Elements() {
		if s, ok := e.StringOr(""); ok && !e.Null() {
			out = append(out, s)
		}
	}
	return out
}

// AllStringsKnown is true when the value is a known collection (or string)
// whose every element is a known string.
func (a Attr) AllStringsKnown() bool {
	if !a.Known() {
		return false
	}
	for _, e := range a.Elements() {
		if _, ok := e.StringOr(""); !ok || e.Null() {
			return false
		}
	}
	return true
}

// Get returns an attribute of an object or a key of a map, null when absent.
// An unknown container yields an unknown part.
func (a Attr) Get(name string) Attr {
	e := a
	e.Name = name
	e.Path = a.Path + "." + name
	e.decoded = cty.NilVal
	e.parts, e.part = nil, ""
	e.Set = false
	e.Value = cty.NullVal(cty.DynamicPseudoType)
	if a.Null() {
		return e
	}
	if !a.Value.IsKnown() {
		e.Value = cty.DynamicVal
		return e
	}
	ty := a.Value.Type()
	switch {
	case ty.IsObjectType():
		if ty.HasAttribute(name) {
			e.Value = a.Value.GetAttr(name)
			e.Set = true
		}
	case ty.IsMapType():
		k := cty.StringVal(name)
		if a.Value.HasIndex(k).True() {
			e.Value = a.Value.Index(k)
			e.Set = true
		}
	}
	return e
}

// Field is Get, except that the part's range is that of its expression when
// the configuration wrote the object literally, as the argument or as the
// argument of jsonencode (a key in an azapi body), so that a finding points
// at the item itself. Elsewhere the range is the argument's, as with Get.
func (a Attr) Field(name string) Attr {
	e := a.Get(name)
	if a.parts == nil {
		return e
	}
	e.parts, e.part = a.parts, name
	if a.part != "" {
		e.part = a.part + PartSep + name
	}
	if rng, ok := a.parts[e.part]; ok {
		e.Range = rng
	}
	return e
}

// Keys returns the attribute names of a known object or map, sorted.
func (a Attr) Keys() []string {
	if a.Null() || !a.Value.IsKnown() {
		a.noteUnknown()
		return nil
	}
	ty := a.Value.Type()
	var out []string
	switch {
	case ty.IsObjectType():
		for k := range ty.AttributeTypes() {
			out = append(out, k)
		}
	case ty.IsMapType():
		for it := a.Value.ElementIterator(); it.Next(); {
			k, _ := it.Element()
			out = append(out, k.AsString())
		}
	}
	sort.Strings(out)
	return out
}

// JSON returns the structured document a JSON string argument holds: the
// argument of jsonencode(...) where the configuration wrote one (unknown parts
// stay unknown), else the known string decoded. ok is false when there is no
// document to read.
func (a Attr) JSON() (Attr, bool) {
	doc := a
	doc.decoded = cty.NilVal
	if a.decoded != cty.NilVal {
		doc.Value = a.decoded
		return doc, true
	}
	doc.parts, doc.part = nil, ""
	s, ok := a.StringOr("")
	if !ok || a.Null() || strings.TrimSpace(s) == "" {
		return doc, false
	}
	ty, err := ctyjson.ImpliedType([]byte(s))
	if err != nil {
		return doc, false
	}
	v, err := ctyjson.Unmarshal([]byte(s), ty)
	if err != nil {
		return doc, false
	}
	doc.Value = v
	return doc, true
}

// Refs returns the resource instances the value was computed from.
func (a Attr) Refs() []*Resource {
	var out []*Resource
	for m := range a.marks {
		if r, ok := m.(*Resource); ok {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address < out[j].Address })
	return out
}

// References says whether the value was computed from target.
func (a Attr) References(target *Resource) bool {
	_, ok := a.marks[target]
	return ok
}

// Display renders a known primitive for a message; sensitive, unknown and
// complex values render as a placeholder.
func (a Attr) Display() string {
	if a.Sensitive {
		return "(sensitive)"
	}
	if a.Null() {
		return "null"
	}
	// A message quotes what it has: no decision is left open here.
	if !a.Value.IsWhollyKnown() {
		return "(known after apply)"
	}
	if s, ok := a.StringOr(""); ok {
		return s
	}
	return "(" + a.Value.Type().FriendlyName() + ")"
}

// sensitiveStrings returns the known strings inside the resource's arguments
// that carry a sensitive value, sorted and without duplicates, for Reportf to
// keep out of messages. Marks are kept per argument, so every string of such
// an argument counts.
func (r *Resource) sensitiveStrings() []string {
	var out []string
	var walk func(b *Block)
	walk = func(b *Block) {
		for _, d := range b.attrs {
			if !hasMark(d.marks, SensitiveMark) {
				continue
			}
			for _, v := range []cty.Value{d.value, d.decoded} {
				if v == cty.NilVal {
					continue
				}
				_ = cty.Walk(v, func(_ cty.Path, e cty.Value) (bool, error) {
					if e.IsKnown() && !e.IsNull() && e.Type() == cty.String {
						if s := e.AsString(); s != "" {
							out = append(out, s)
						}
					}
					return true, nil
				})
			}
		}
		for _, c := range b.blocks {
			walk(c)
		}
	}
	if r.Body != nil {
		walk(r.Body)
	}
	if r.meta != nil {
		walk(r.meta)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func hasMark(marks cty.ValueMarks, m any) bool {
	_, ok := marks[m]
	return ok
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
