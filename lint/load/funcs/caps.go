package funcs

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Caps on what one function call may build. A configuration is small, but
// a few functions make results far larger than their arguments: they are
// checked before they run.
const (
	// maxResultBytes caps the string that join, replace and indent build.
	maxResultBytes = 16 << 20
	// maxDigits caps the digits parseint reads: math/big parses in more
	// than linear time, and a 64-bit number has at most 64 digits.
	maxDigits = 1024
	// maxTransposed caps the elements transpose regroups.
	maxTransposed = 100_000
)

// guard returns f with check run on its (known) arguments before it.
func guard(f function.Function, check func(args []cty.Value) error) function.Function {
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type:        f.ReturnTypeForValues,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if err := check(args); err != nil {
				return cty.NilVal, err
			}
			return f.Call(args)
		},
	})
}

// known returns v without its marks (not those of its elements) when it is
// known and not null.
func known(v cty.Value) (cty.Value, bool) {
	v, _ = v.Unmark()
	return v, v.IsKnown() && !v.IsNull()
}

func tooLong() error {
	return fmt.Errorf("the result would be longer than %d bytes", maxResultBytes)
}

// capJoin: join(sep, lists...) builds the sum of its elements.
func capJoin(f function.Function) function.Function {
	return guard(f, func(args []cty.Value) error {
		sep, ok := known(args[0])
		if !ok || sep.Type() != cty.String {
			return nil
		}
		total := 0
		for _, l := range args[1:] {
			lv, ok := known(l)
			if !ok || (!lv.Type().IsListType() && !lv.Type().IsSetType() && !lv.Type().IsTupleType()) {
				continue
			}
			for it := lv.ElementIterator(); it.Next(); {
				_, e := it.Element()
				e, _ = e.Unmark()
				if e.Type() == cty.String && e.IsKnown() && !e.IsNull() {
					total += len(e.AsString())
				}
				total += len(sep.AsString())
				if total > maxResultBytes {
					return tooLong()
				}
			}
		}
		return nil
	})
}

// capReplace: every match adds the replacement.
func capReplace(f function.Function) function.Function {
	return guard(f, func(args []cty.Value) error {
		sv, ok1 := known(args[0])
		subv, ok2 := known(args[1])
		replv, ok3 := known(args[2])
		if !ok1 || !ok2 || !ok3 {
			return nil
		}
		s, sub, repl := sv.AsString(), subv.AsString(), replv.AsString()
		isRegexp := len(sub) > 1 && strings.HasPrefix(sub, "/") && strings.HasSuffix(sub, "/")
		if !isRegexp && len(repl) <= len(sub) {
			return nil // the result is no longer than s
		}
		var n int
		per := len(repl) // bytes each match adds, at most
		switch {
		case isRegexp:
			re, err := regexp.Compile(sub[1 : len(sub)-1])
			if err != nil {
				return nil // the function reports it
			}
			// each $1 may copy the whole input
			per += min(len(s), maxResultBytes+1) * strings.Count(repl, "$")
			// only whether there are too many matches matters: count no further
			n = len(re.FindAllStringIndex(s, max(0, (maxResultBytes-len(s))/max(per, 1))+1))
		case sub == "":
			n = len(s) + 1
		default:
			n = strings.Count(s, sub)
		}
		if n > 0 && per > (maxResultBytes-len(s))/n {
			return tooLong()
		}
		return nil
	})
}

// capIndent: every line gets the prefix.
func capIndent(f function.Function) function.Function {
	return guard(f, func(args []cty.Value) error {
		nv, ok1 := known(args[0])
		sv, ok2 := known(args[1])
		if !ok1 || !ok2 || sv.Type() != cty.String {
			return nil
		}
		n, err := wholeNumber(nv, "spaces")
		if err != nil {
			return nil // the function reports it
		}
		s := sv.AsString()
		lines := strings.Count(s, "\n") + 1
		if n > maxWidth || (n > 0 && lines > (maxResultBytes-len(s))/n) {
			return tooLong()
		}
		return nil
	})
}

// capParseInt refuses numbers longer than any real one.
func capParseInt(f function.Function) function.Function {
	return guard(f, func(args []cty.Value) error {
		if v, ok := known(args[0]); ok && v.Type() == cty.String && len(v.AsString()) > maxDigits {
			return function.NewArgErrorf(0, "a number of more than %d digits is refused", maxDigits)
		}
		return nil
	})
}

// capTranspose refuses maps of lists too large to regroup.
func capTranspose(f function.Function) function.Function {
	return guard(f, func(args []cty.Value) error {
		v, ok := known(args[0])
		if !ok || (!v.Type().IsMapType() && !v.Type().IsObjectType()) {
			return nil
		}
		total := 0
		for it := v.ElementIterator(); it.Next(); {
			_, l := it.Element()
			l, _ = l.Unmark()
			if l.IsKnown() && !l.IsNull() && (l.Type().IsCollectionType() || l.Type().IsTupleType()) {
				total += l.LengthInt()
			}
			if total > maxTransposed {
				return fmt.Errorf("more than %d values to transpose", maxTransposed)
			}
		}
		return nil
	})
}
