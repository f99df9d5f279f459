package plan

import (
	"encoding/json"
	"sort"

	"github.com/zclconf/go-cty/cty"

	"github.com/tenantlint/tenantlint/lint"
)

// The plan's values are JSON (numbers as json.Number); after_unknown and
// after_sensitive mirror their shape with true where a part is unknown or
// sensitive.

func isTrue(v any) bool { b, ok := v.(bool); return ok && b }

// field is the part of an after_unknown or after_sensitive shape for an
// object key.
func field(shape any, k string) any {
	if m, ok := shape.(map[string]any); ok {
		return m[k]
	}
	return shape
}

// index is the part of a shape for a list element.
func index(shape any, i int) any {
	if l, ok := shape.([]any); ok {
		if i < len(l) {
			return l[i]
		}
		return nil
	}
	if isTrue(shape) {
		return true
	}
	return nil
}

// blockList says whether a value reads as nested blocks: a non-empty list
// of objects (the plan writes blocks as lists whatever their nesting).
func blockList(v any) ([]map[string]any, bool) {
	l, ok := v.([]any)
	if !ok || len(l) == 0 {
		return nil, false
	}
	out := make([]map[string]any, 0, len(l))
	for _, e := range l {
		m, ok := e.(map[string]any)
		if !ok {
			return nil, false
		}
		out = append(out, m)
	}
	return out, true
}

// isEmpty is true for an empty list or object: what a plan writes for an
// argument the configuration leaves out.
func isEmpty(v any) bool {
	switch x := v.(type) {
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// toCty converts a planned value to cty: lists as tuples and objects as
// objects (as the source's literals evaluate), unknown parts unknown,
// sensitive parts marked.
func toCty(v, unk, sens any) cty.Value {
	out := toCtyRaw(v, unk, sens)
	if isTrue(sens) {
		out = out.Mark(lint.SensitiveMark)
	}
	return out
}

func toCtyRaw(v, unk, sens any) cty.Value {
	if isTrue(unk) {
		return cty.DynamicVal
	}
	switch x := v.(type) {
	case nil:
		return cty.NullVal(cty.DynamicPseudoType)
	case string:
		return cty.StringVal(x)
	case bool:
		return cty.BoolVal(x)
	case json.Number:
		n, err := cty.ParseNumberVal(x.String())
		if err != nil {
			return cty.StringVal(x.String())
		}
		return n
	case float64:
		return cty.NumberFloatVal(x)
	case []any:
		if len(x) == 0 {
			return cty.EmptyTupleVal
		}
		els := make([]cty.Value, len(x))
		for i, e := range x {
			els[i] = toCty(e, index(unk, i), index(sens, i))
		}
		return cty.TupleVal(els)
	case map[string]any:
		attrs := make(map[string]cty.Value, len(x))
		for k, e := range x {
			attrs[k] = toCty(e, field(unk, k), field(sens, k))
		}
		if um, ok := unk.(map[string]any); ok {
			for k, u := range um {
				if _, dup := x[k]; !dup && isTrue(u) {
					attrs[k] = cty.DynamicVal
				}
			}
		}
		if len(attrs) == 0 {
			return cty.EmptyObjectVal
		}
		return cty.ObjectVal(attrs)
	}
	return cty.DynamicVal
}

// fillBlock fills, in a block the source evaluated, the arguments it left
// unknown from the plan's values for it, and recurses into the nested blocks
// the plan lists in the same order. It returns how many it filled.
func fillBlock(b *lint.Block, vals map[string]any, unk, sens any) int {
	if b == nil || vals == nil && !isTrue(unk) {
		return 0
	}
	n := 0
	names := b.AttrNames()
	sort.Strings(names)
	for _, k := range names {
		a := b.Attr(k)
		if a.Value.IsWhollyKnown() {
			continue
		}
		v, ok := vals[k]
		if !ok || isTrue(field(unk, k)) && v == nil {
			continue
		}
		if b.FillUnknown(k, toCty(v, field(unk, k), field(sens, k))) {
			n++
		}
	}
	byType := map[string]int{}
	for _, c := range b.AllBlocks() {
		i := byType[c.Type]
		byType[c.Type]++
		els, ok := blockList(vals[c.Type])
		if !ok || i >= len(els) {
			continue
		}
		n += fillBlock(c, els[i], index(field(unk, c.Type), i), index(field(sens, c.Type), i))
	}
	return n
}
