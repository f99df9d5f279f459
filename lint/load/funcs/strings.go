package funcs

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func stringFuncs() map[string]function.Function {
	return map[string]function.Function{
		"replace":     capReplace(replaceFunc),
		"startswith":  stringTest("Reports whether the string starts with the prefix.", "prefix", strings.HasPrefix),
		"endswith":    stringTest("Reports whether the string ends with the suffix.", "suffix", strings.HasSuffix),
		"strcontains": stringTest("Reports whether the string contains the substring.", "substr", strings.Contains),
	}
}

// stringTest makes a function of two strings that returns a bool.
func stringTest(desc, second string, test func(s, t string) bool) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params:      []function.Parameter{str("str"), str(second)},
		Type:        function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(test(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

// replaceFunc replaces every occurrence of a substring, or of a regular
// expression when the substring is written between slashes.
var replaceFunc = function.New(&function.Spec{
	Description: "Replaces each occurrence of substr in str; a substr between slashes is a regular expression.",
	Params:      []function.Parameter{str("str"), str("substr"), str("replace")},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		s, sub, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
		if len(sub) > 1 && strings.HasPrefix(sub, "/") && strings.HasSuffix(sub, "/") {
			re, err := regexp.Compile(sub[1 : len(sub)-1])
			if err != nil {
				return cty.NilVal, fmt.Errorf("invalid regular expression %s: %w", sub, err)
			}
			return cty.StringVal(re.ReplaceAllString(s, repl)), nil
		}
		return cty.StringVal(strings.ReplaceAll(s, sub, repl)), nil
	},
})
