package funcs

import (
	"errors"
	"fmt"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

func collectionFuncs() map[string]function.Function {
	return map[string]function.Function{
		"alltrue":   boolFoldFunc(true),
		"anytrue":   boolFoldFunc(false),
		"coalesce":  coalesceFunc,
		"index":     indexFunc,
		"length":    lengthFunc,
		"lookup":    lookupFunc,
		"matchkeys": matchkeysFunc,
		"one":       oneFunc,
		"sum":       sumFunc,
		"transpose": capTranspose(transposeFunc),
	}
}

func isSequence(ty cty.Type) bool {
	return ty.IsListType() || ty.IsSetType() || ty.IsTupleType()
}

// lengthFunc counts the characters of a string, the elements of a
// collection or tuple, or the attributes of an object.
var lengthFunc = function.New(&function.Spec{
	Description: "Returns the length of a string, collection or structural value.",
	Params: []function.Parameter{{
		Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true,
	}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if ty == cty.String || ty == cty.DynamicPseudoType || ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType() {
			return cty.Number, nil
		}
		return cty.NilType, function.NewArgErrorf(0, "argument must be a string, a collection type, or a structural type")
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		ty := v.Type()
		switch {
		case ty.IsTupleType() || ty.IsObjectType():
			return cty.NumberIntVal(int64(v.LengthInt())), nil
		case !v.IsKnown():
			return cty.UnknownVal(cty.Number), nil
		case ty == cty.String:
			return stdlib.StrlenFunc.Call([]cty.Value{v})
		default:
			return v.Length(), nil
		}
	},
})

// lookupFunc reads one element of a map or attribute of an object, falling
// back to a default. Only the marks of the container and of the element
// returned mark the result.
var lookupFunc = function.New(&function.Spec{
	Description: "Returns the value of the given key in a map or object, or the default when it is absent.",
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType, AllowMarked: true},
		{Name: "key", Type: cty.String},
	},
	VarParam: &function.Parameter{Name: "default", Type: cty.DynamicPseudoType, AllowMarked: true, AllowNull: true, AllowUnknown: true, AllowDynamicType: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) > 3 {
			return cty.NilType, errors.New("lookup takes at most three arguments")
		}
		ty, key := args[0].Type(), args[1]
		var candidates []cty.Type
		switch {
		case ty == cty.DynamicPseudoType:
			return cty.DynamicPseudoType, nil
		case ty.IsMapType():
			candidates = append(candidates, ty.ElementType())
		case ty.IsObjectType():
			if key.IsKnown() && !key.IsMarked() {
				if ty.HasAttribute(key.AsString()) {
					return ty.AttributeType(key.AsString()), nil
				}
			} else {
				for _, at := range ty.AttributeTypes() {
					candidates = append(candidates, at)
				}
			}
		default:
			return cty.NilType, function.NewArgErrorf(0, "the first argument must be a map or an object, not %s", ty.FriendlyName())
		}
		if len(args) == 3 {
			candidates = append(candidates, args[2].Type())
		}
		if len(candidates) == 0 {
			return cty.DynamicPseudoType, nil
		}
		if unified, _ := convert.UnifyUnsafe(candidates); unified != cty.NilType {
			return unified, nil
		}
		if ty.IsMapType() {
			return cty.NilType, function.NewArgErrorf(2, "the default value must have the same type as the map elements")
		}
		return cty.DynamicPseudoType, nil
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		m, marks := args[0].Unmark()
		key := args[1].AsString()
		var out cty.Value
		if m.Type().IsObjectType() {
			if m.Type().HasAttribute(key) {
				out = m.GetAttr(key)
			}
		} else if has := m.HasIndex(cty.StringVal(key)); has.IsKnown() && has.True() {
			out = m.Index(cty.StringVal(key))
		}
		if out == cty.NilVal {
			if len(args) < 3 {
				return cty.NilVal, fmt.Errorf("lookup failed to find key %q", key)
			}
			out = args[2]
		}
		out, err := convert.Convert(out, ret)
		if err != nil {
			return cty.NilVal, err
		}
		return out.WithMarks(marks), nil
	},
})

// indexFunc finds the position of a value in a list or tuple.
var indexFunc = function.New(&function.Spec{
	Description: "Returns the index of the first element of a list equal to the given value.",
	Params: []function.Parameter{
		{Name: "list", Type: cty.DynamicPseudoType},
		{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if !ty.IsListType() && !ty.IsTupleType() && ty != cty.DynamicPseudoType {
			return cty.NilType, function.NewArgErrorf(0, "argument must be a list or tuple")
		}
		return cty.Number, nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		i := 0
		for it := args[0].ElementIterator(); it.Next(); i++ {
			_, el := it.Element()
			eq := el.Equals(args[1])
			if !eq.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			if eq.True() {
				return cty.NumberIntVal(int64(i)), nil
			}
		}
		return cty.NilVal, errors.New("item not found")
	},
})

// oneFunc returns the only element of a sequence, or null when it is empty.
var oneFunc = function.New(&function.Spec{
	Description: "Returns the only element of a list, set or tuple, or null if it is empty.",
	Params:      []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		switch {
		case ty.IsListType() || ty.IsSetType():
			return ty.ElementType(), nil
		case ty.IsTupleType():
			switch n := ty.Length(); n {
			case 0:
				return cty.DynamicPseudoType, nil
			case 1:
				return ty.TupleElementType(0), nil
			default:
				return cty.NilType, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
			}
		}
		return cty.NilType, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		v := args[0]
		if v.Type().IsSetType() && !v.IsWhollyKnown() {
			return cty.UnknownVal(ret), nil
		}
		switch v.LengthInt() {
		case 0:
			return cty.NullVal(ret), nil
		case 1:
			it := v.ElementIterator()
			it.Next()
			_, el := it.Element()
			return el, nil
		}
		return cty.NilVal, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
	},
})

// boolFoldFunc makes alltrue (all=true) or anytrue (all=false).
func boolFoldFunc(all bool) function.Function {
	desc := "Returns true if any element of the list is true."
	if all {
		desc = "Returns true if every element of the list is true, or if the list is empty."
	}
	return function.New(&function.Spec{
		Description: desc,
		Params:      []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
		Type:        function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			// alltrue stops at the first false, anytrue at the first true.
			decisive := !all
			unknown := false
			for it := args[0].ElementIterator(); it.Next(); {
				_, el := it.Element()
				switch {
				case !el.IsKnown():
					unknown = true
				case el.IsNull():
					if all {
						return cty.False, nil
					}
				case el.True() == decisive:
					return cty.BoolVal(decisive), nil
				}
			}
			if unknown {
				return cty.UnknownVal(cty.Bool), nil
			}
			return cty.BoolVal(all), nil
		},
	})
}

// sumFunc adds up the numbers in a sequence.
var sumFunc = function.New(&function.Spec{
	Description: "Returns the total of the numbers in a list, set or tuple.",
	Params:      []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if !isSequence(ty) && ty != cty.DynamicPseudoType {
			return cty.NilType, function.NewArgErrorf(0, "cannot sum %s: it must be a list, set or tuple of numbers", ty.FriendlyName())
		}
		return cty.Number, nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if args[0].LengthInt() == 0 {
			return cty.NilVal, function.NewArgErrorf(0, "cannot sum an empty list")
		}
		total := cty.Zero
		for it := args[0].ElementIterator(); it.Next(); {
			_, el := it.Element()
			if !el.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			if el.IsNull() {
				return cty.NilVal, function.NewArgErrorf(0, "cannot sum null values")
			}
			n, err := convert.Convert(el, cty.Number)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(0, "can only sum numbers: %s", err)
			}
			if !n.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			a, b := total.AsBigFloat(), n.AsBigFloat()
			if a.IsInf() && b.IsInf() && a.Signbit() != b.Signbit() {
				return cty.NilVal, errors.New("cannot add infinities of opposite signs")
			}
			total = total.Add(n)
		}
		return total, nil
	},
})

// coalesceFunc returns its first argument that is neither null nor an
// empty string, converted to a type all the arguments share.
var coalesceFunc = function.New(&function.Spec{
	Description: "Returns the first argument that is not null or an empty string.",
	VarParam: &function.Parameter{
		Name: "vals", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowDynamicType: true,
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) == 0 {
			return cty.NilType, errors.New("at least one argument is required")
		}
		types := make([]cty.Type, len(args))
		for i, a := range args {
			types[i] = a.Type()
		}
		ty, _ := convert.UnifyUnsafe(types)
		if ty == cty.NilType {
			return cty.NilType, errors.New("all arguments must have the same type")
		}
		return ty, nil
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		for _, a := range args {
			v, err := convert.Convert(a, ret)
			if err != nil {
				return cty.NilVal, err
			}
			if !v.IsKnown() {
				return cty.UnknownVal(ret), nil
			}
			if v.IsNull() || (v.Type() == cty.String && v.AsString() == "") {
				continue
			}
			return v, nil
		}
		return cty.NilVal, errors.New("no non-null, non-empty-string arguments")
	},
})

// matchkeysFunc keeps the values whose key, at the same position, is in the
// search set.
var matchkeysFunc = function.New(&function.Spec{
	Description: "Returns the elements of values whose corresponding element of keys is in searchset.",
	Params: []function.Parameter{
		{Name: "values", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "keys", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "searchset", Type: cty.List(cty.DynamicPseudoType)},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		kt, st := args[1].Type().ElementType(), args[2].Type().ElementType()
		if ty, _ := convert.UnifyUnsafe([]cty.Type{kt, st}); ty == cty.NilType {
			return cty.NilType, function.NewArgErrorf(1, "keys and searchset must be of the same type")
		}
		return args[0].Type(), nil
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		values, keys, search := args[0], args[1], args[2]
		if !keys.IsWhollyKnown() || !search.IsWhollyKnown() {
			return cty.UnknownVal(ret), nil
		}
		if values.LengthInt() != keys.LengthInt() {
			return cty.NilVal, errors.New("length of keys and values should be equal")
		}
		var out []cty.Value
		for i, key := range keys.AsValueSlice() {
			for _, s := range search.AsValueSlice() {
				eq := key.Equals(s)
				if !eq.IsKnown() {
					return cty.UnknownVal(ret), nil
				}
				if eq.True() {
					out = append(out, values.Index(cty.NumberIntVal(int64(i))))
					break
				}
			}
		}
		if len(out) == 0 {
			return cty.ListValEmpty(ret.ElementType()), nil
		}
		return cty.ListVal(out), nil
	},
})

// transposeFunc swaps the keys and values of a map of lists of strings.
var transposeFunc = function.New(&function.Spec{
	Description: "Swaps the keys and the values of a map of lists of strings.",
	Params:      []function.Parameter{{Name: "values", Type: cty.Map(cty.List(cty.String))}},
	Type:        function.StaticReturnType(cty.Map(cty.List(cty.String))),
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		if !args[0].IsWhollyKnown() {
			return cty.UnknownVal(ret), nil
		}
		out := map[string][]cty.Value{}
		for it := args[0].ElementIterator(); it.Next(); {
			k, list := it.Element()
			if list.IsNull() {
				continue
			}
			for lt := list.ElementIterator(); lt.Next(); {
				_, s := lt.Element()
				if s.IsNull() {
					return cty.NilVal, errors.New("transpose cannot handle null values")
				}
				out[s.AsString()] = append(out[s.AsString()], k)
			}
		}
		if len(out) == 0 {
			return cty.MapValEmpty(cty.List(cty.String)), nil
		}
		m := make(map[string]cty.Value, len(out))
		for k, vs := range out {
			m[k] = cty.ListVal(vs)
		}
		return cty.MapVal(m), nil
	},
})
