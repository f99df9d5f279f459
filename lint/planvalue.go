package lint

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// Values that come from a Terraform plan (lint/plan) rather than from the
// evaluation of the source: the plan's loader places them where the source
// wrote them, and fills what the evaluation left unknown.

// SetAttrAt records an argument whose value comes from elsewhere (a plan)
// at the place the source wrote it: at's range, and the ranges of the
// object items it wrote literally. When at was the argument of jsonencode,
// v (a JSON string) is decoded so that its items keep those ranges. A zero
// at (no source) places the argument at rng. Loaders call it; checks do not.
func (b *Block) SetAttrAt(name string, v cty.Value, at Attr, rng hcl.Range) {
	if at.Set {
		rng = at.Range
	}
	decoded := cty.NilVal
	if at.decoded != cty.NilVal {
		decoded = decodeJSONString(v)
	}
	b.SetAttr(name, v, rng, decoded)
	if at.Set && at.parts != nil {
		b.attrs[name].parts = at.parts
	}
}

// FillUnknown replaces the parts of an argument the evaluation left unknown
// with the known parts of v (the plan's value for the same argument), keeping
// the argument's range and marks and adding v's. It says whether anything
// changed. Loaders call it; checks do not.
func (b *Block) FillUnknown(name string, v cty.Value) bool {
	d, ok := b.attrs[name]
	if !ok || d.value.IsWhollyKnown() {
		return false
	}
	un, pvm := v.UnmarkDeepWithPaths()
	filled := fillUnknown(d.value, un)
	if filled.RawEquals(d.value) {
		return false
	}
	for _, pm := range pvm {
		for m := range pm.Marks {
			d.marks[m] = struct{}{}
		}
	}
	d.value = filled
	if d.decoded != cty.NilVal && !d.decoded.IsWhollyKnown() {
		if dec := decodeJSONString(filled); dec != cty.NilVal {
			d.decoded = dec
		}
	}
	return true
}

// fillUnknown takes from plan what old leaves unknown: all of plan where old
// is unknown, part by part where both are objects or maps of known shape.
func fillUnknown(old, plan cty.Value) cty.Value {
	if old.IsWhollyKnown() || plan.IsNull() {
		return old
	}
	if !old.IsKnown() {
		if !plan.IsKnown() {
			return old
		}
		return plan
	}
	if old.IsNull() || !plan.IsKnown() {
		return old
	}
	ot, pt := old.Type(), plan.Type()
	if ot.IsObjectType() && pt.IsObjectType() {
		attrs := map[string]cty.Value{}
		for k, v := range old.AsValueMap() { //nolint:forbidigo // old is known, not null, unmarked (checked above)
			if pt.HasAttribute(k) {
				v = fillUnknown(v, plan.GetAttr(k))
			}
			attrs[k] = v
		}
		return cty.ObjectVal(attrs)
	}
	if (ot.IsTupleType() || ot.IsListType()) && (pt.IsTupleType() || pt.IsListType()) &&
		old.LengthInt() == plan.LengthInt() { //nolint:forbidigo // both known, not null, unmarked (checked above)
		var els []cty.Value
		pe := plan.AsValueSlice()              //nolint:forbidigo // known, not null, unmarked
		for i, v := range old.AsValueSlice() { //nolint:forbidigo // known, not null, unmarked
			els = append(els, fillUnknown(v, pe[i]))
		}
		if ot.IsListType() && sameTypes(els) {
			return cty.ListVal(els)
		}
		return cty.TupleVal(els)
	}
	return old
}

// sameTypes says whether a list can hold the elements: there is one at
// least and all have the same type.
func sameTypes(els []cty.Value) bool {
	for _, e := range els {
		if !e.Type().Equals(els[0].Type()) {
			return false
		}
	}
	return len(els) > 0
}

// decodeJSONString decodes a known JSON string; NilVal when it is not one.
func decodeJSONString(v cty.Value) cty.Value {
	un, _ := v.UnmarkDeep()
	if !un.IsKnown() || un.IsNull() || un.Type() != cty.String {
		return cty.NilVal
	}
	src := []byte(un.AsString()) //nolint:forbidigo // a known, unmarked, non-null string (checked above)
	ty, err := ctyjson.ImpliedType(src)
	if err != nil {
		return cty.NilVal
	}
	out, err := ctyjson.Unmarshal(src, ty)
	if err != nil {
		return cty.NilVal
	}
	return out
}

// CopyAttr records an argument as another block holds it (the source's
// evaluation of the same instance): value, range, literal item ranges, the
// document of jsonencode and the marks, with each resource mark mapped
// through ref (dropped where ref gives nil). Loaders call it; checks do not.
func (b *Block) CopyAttr(name string, from Attr, ref func(*Resource) *Resource) {
	marks := make(cty.ValueMarks, len(from.marks))
	for m := range from.marks {
		if r, ok := m.(*Resource); ok {
			if r = ref(r); r == nil {
				continue
			}
			m = r
		}
		marks[m] = struct{}{}
	}
	if b.attrs == nil {
		b.attrs = map[string]*attrData{}
	}
	if _, dup := b.attrs[name]; !dup {
		b.order = append(b.order, name)
	}
	b.attrs[name] = &attrData{value: from.Value, marks: marks, rng: from.Range, decoded: from.decoded, parts: from.parts}
}

// WrittenNames lists the arguments set on the block in source order, those
// set to null included. Loaders call it; checks do not.
func (b *Block) WrittenNames() []string { return slices.Clone(b.order) }

// SetNullAt records an argument written as null at rng. Loaders call it.
func (b *Block) SetNullAt(name string, rng hcl.Range) {
	b.SetAttr(name, cty.NullVal(cty.DynamicPseudoType), rng, cty.NilVal)
}
