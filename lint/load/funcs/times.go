package funcs

import (
	"time"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func timeFuncs() map[string]function.Function {
	return map[string]function.Function{
		"timecmp":       timecmpFunc,
		"timestamp":     unknownFunc("Returns the current time (unknown here).", cty.String, nil, nil),
		"plantimestamp": unknownFunc("Returns the time of the plan (unknown here).", cty.String, nil, nil),
	}
}

// timecmpFunc compares two RFC 3339 timestamps: -1, 0 or 1.
var timecmpFunc = function.New(&function.Spec{
	Description: "Compares two RFC 3339 timestamps and returns -1, 0 or 1.",
	Params:      []function.Parameter{str("timestamp_a"), str("timestamp_b")},
	Type:        function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		a, err := time.Parse(time.RFC3339, args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "not a valid RFC 3339 timestamp: %s", err)
		}
		b, err := time.Parse(time.RFC3339, args[1].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(1, "not a valid RFC 3339 timestamp: %s", err)
		}
		return cty.NumberIntVal(int64(a.Compare(b))), nil
	},
})
