package lint

import "github.com/zclconf/go-cty/cty"

// EachMark calls fn with every mark on v and on the values inside it (a
// mark may come more than once), until fn returns false; it reports whether
// it went through everything. Unlike cty's deep unmarking it builds no
// paths and no unmarked copy, which matters on the evaluator's hot paths:
// a reference to a module's variables reaches every value they hold.
func EachMark(v cty.Value, fn func(mark any) bool) bool {
	v, marks := v.Unmark()
	for m := range marks {
		if !fn(m) {
			return false
		}
	}
	if !v.IsKnown() || v.IsNull() {
		return true
	}
	ty := v.Type()
	if !ty.IsListType() && !ty.IsMapType() && !ty.IsSetType() && !ty.IsObjectType() && !ty.IsTupleType() {
		return true
	}
	for it := v.ElementIterator(); it.Next(); { //nolint:forbidigo // v is unmarked, known and not null: checked above
		_, ev := it.Element()
		if !EachMark(ev, fn) {
			return false
		}
	}
	return true
}
