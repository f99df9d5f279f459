package funcs

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// maxProduct caps how many elements setproduct may build, so a small
// configuration cannot make the linter allocate without bound.
const maxProduct = 1 << 20

// str is a plain string parameter: null is refused, unknown and marked
// values are handled by cty's function machinery.
func str(name string) function.Parameter {
	return function.Parameter{Name: name, Type: cty.String}
}

// anyValue is a parameter that sees every value as it is: unknown, null,
// marked or of a type not yet known.
func anyValue(name string) function.Parameter {
	return function.Parameter{
		Name: name, Type: cty.DynamicPseudoType,
		AllowUnknown: true, AllowNull: true, AllowMarked: true, AllowDynamicType: true,
	}
}

// stringFunc makes a function from one string to another.
func stringFunc(desc string, f func(string) (string, error)) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params:      []function.Parameter{str("str")},
		Type:        function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			out, err := f(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(out), nil
		},
	})
}

// unknownFunc stands for a function whose result Terraform only knows when
// it applies (time, randomness, secrets): it returns an unknown value.
func unknownFunc(desc string, ret cty.Type, params []function.Parameter, varParam *function.Parameter) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params:      params,
		VarParam:    varParam,
		Type:        function.StaticReturnType(ret),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.UnknownVal(ret), nil
		},
	})
}

// refuseFunc always fails; it takes the place of a function that may not be
// called in some context.
func refuseFunc(name, why string, nparams int) function.Function {
	params := make([]function.Parameter, nparams)
	for i := range params {
		params[i] = anyValue(fmt.Sprintf("arg%d", i))
	}
	return function.New(&function.Spec{
		Description: name + " " + why,
		Params:      params,
		Type: func([]cty.Value) (cty.Type, error) {
			return cty.NilType, fmt.Errorf("%s %s", name, why)
		},
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.NilVal, fmt.Errorf("%s %s", name, why)
		},
	})
}

// limitProduct wraps setproduct so that it refuses to build more than
// maxProduct elements. The wrapper passes every argument through untouched
// and lets the wrapped function deal with unknown and marked values.
func limitProduct(f function.Function) function.Function {
	p := anyValue("sets")
	return function.New(&function.Spec{
		Description: f.Description(),
		VarParam:    &p,
		Type:        f.ReturnTypeForValues,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			total := 1
			for _, a := range args {
				v, _ := a.Unmark()
				ty := v.Type()
				if !v.IsKnown() || v.IsNull() || (!ty.IsListType() && !ty.IsSetType() && !ty.IsTupleType()) {
					continue
				}
				n := v.LengthInt()
				if n == 0 {
					break // an empty factor makes an empty product
				}
				if total > maxProduct/n {
					return cty.NilVal, fmt.Errorf("the product would have more than %d elements", maxProduct)
				}
				total *= n
			}
			return f.Call(args)
		},
	})
}

// wholeNumber returns a known, unmarked number as an int.
func wholeNumber(v cty.Value, what string) (int, error) {
	b, err := bigWhole(v, what)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() || b.Int64() > math.MaxInt32 || b.Int64() < math.MinInt32 {
		return 0, fmt.Errorf("%s is too large", what)
	}
	return int(b.Int64()), nil
}

// bigWhole returns a known, unmarked number as a big integer, refusing
// fractions and infinities.
func bigWhole(v cty.Value, what string) (*big.Int, error) {
	if !v.IsKnown() || v.IsNull() || v.IsMarked() || v.Type() != cty.Number {
		return nil, fmt.Errorf("%s must be a known number", what)
	}
	f := v.AsBigFloat()
	if f.IsInf() || !f.IsInt() {
		return nil, fmt.Errorf("%s must be a whole number", what)
	}
	i, _ := f.Int(nil)
	return i, nil
}

// maxWidth bounds the widths and precisions a format verb or indent may ask
// for: format("%999999999d", 1) would otherwise build a gigabyte string.
const maxWidth = 10000

var verbWidthRE = regexp.MustCompile(`%[-+# 0]*(\d*)(?:\.(\d+))?`)

// limitWidth refuses a format string (the first argument) whose verbs ask
// for a width or precision beyond maxWidth.
func limitWidth(f function.Function) function.Function {
	p := f.Params()
	var vp *function.Parameter
	if v := f.VarParam(); v != nil {
		vp = v
	}
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      p,
		VarParam:    vp,
		Type:        f.ReturnTypeForValues,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if len(args) > 0 {
				if v, _ := args[0].Unmark(); v.IsKnown() && !v.IsNull() && v.Type() == cty.String {
					for _, m := range verbWidthRE.FindAllStringSubmatch(v.AsString(), -1) {
						for _, n := range m[1:] {
							if w, err := strconv.Atoi(n); err == nil && w > maxWidth || len(n) > 6 {
								return cty.NilVal, fmt.Errorf("a width or precision above %d is refused", maxWidth)
							}
						}
					}
				}
			}
			return f.Call(args)
		},
	})
}
