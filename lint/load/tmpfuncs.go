package load

import (
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// functionTable is a stand-in until lint/load/funcs lands.
func functionTable(string) map[string]function.Function {
	return map[string]function.Function{
		"try": tryfunc.TryFunc, "can": tryfunc.CanFunc, "merge": stdlib.MergeFunc, "lookup": stdlib.LookupFunc,
		"jsonencode": stdlib.JSONEncodeFunc, "concat": stdlib.ConcatFunc, "join": stdlib.JoinFunc, "upper": stdlib.UpperFunc, "length": stdlib.LengthFunc, "toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)),
	}
}
