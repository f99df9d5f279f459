package funcs

import (
	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

func conversionFuncs() map[string]function.Function {
	return map[string]function.Function{
		"tobool":          stdlib.MakeToFunc(cty.Bool),
		"tonumber":        stdlib.MakeToFunc(cty.Number),
		"tostring":        stdlib.MakeToFunc(cty.String),
		"tolist":          stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
		"toset":           stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)),
		"tomap":           stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
		"sensitive":       sensitiveFunc,
		"nonsensitive":    nonsensitiveFunc,
		"issensitive":     issensitiveFunc,
		"ephemeralasnull": ephemeralAsNullFunc,
	}
}

func sameType(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil }

// sensitiveFunc marks its argument as sensitive.
var sensitiveFunc = function.New(&function.Spec{
	Description: "Marks the value as sensitive.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        sameType,
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return args[0].Mark(lint.SensitiveMark), nil
	},
})

// nonsensitiveFunc removes the sensitive mark from its argument and keeps
// any other mark.
var nonsensitiveFunc = function.New(&function.Spec{
	Description: "Removes the sensitive mark from the value.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        sameType,
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v, marks := args[0].Unmark()
		delete(marks, lint.SensitiveMark) // Unmark returns a copy
		return v.WithMarks(marks), nil
	},
})

// issensitiveFunc reports whether the value is marked sensitive. An
// unmarked unknown value may still turn out sensitive, so the answer is
// unknown.
var issensitiveFunc = function.New(&function.Spec{
	Description: "Reports whether the value is marked as sensitive.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		switch {
		case args[0].HasMark(lint.SensitiveMark):
			return cty.True, nil
		case !args[0].IsKnown():
			return cty.UnknownVal(cty.Bool), nil
		}
		return cty.False, nil
	},
})

// ephemeralAsNullFunc returns its argument: the linter has no ephemeral
// values to replace with null.
var ephemeralAsNullFunc = function.New(&function.Spec{
	Description: "Replaces ephemeral values with null.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        sameType,
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return args[0], nil
	},
})
