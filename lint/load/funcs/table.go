// Package funcs provides Terraform's built-in functions for evaluating
// configuration without running Terraform.
//
// Pure functions compute what Terraform would. Functions whose result depends
// on time, randomness or the user's environment (timestamp, uuid, bcrypt,
// pathexpand of "~") return unknown values of the right type. File functions
// only read, relative to the module's folder; they refuse files over 10 MiB
// and never open a device, FIFO or socket. Given a confinement boundary
// (TableFor), a path outside it is not read: the result is unknown and the
// Refused hook hears of it.
package funcs

import (
	"maps"
	"sync"

	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// Table returns Terraform's built-in functions for a module whose folder is dir
// (file functions read relative to it, anywhere). The map is safe to share
// between goroutines.
func Table(dir string) map[string]function.Function {
	return TableFor(Access{Dir: dir})
}

// TableFor returns Terraform's built-in functions whose file functions read
// as a says: relative to a.Dir, only inside a.Boundary. It is as safe to
// share between goroutines as a.Refused is.
func TableFor(a Access) map[string]function.Function {
	t := maps.Clone(pureFuncs())
	maps.Copy(t, fileFuncs(a))

	// Templates see the same functions, except that a template may not
	// render another template (Terraform forbids the recursion).
	inner := maps.Clone(t)
	inner["templatefile"] = refuseFunc("templatefile", "cannot be called from inside a template", 2)
	inner["templatestring"] = refuseFunc("templatestring", "cannot be called from inside a template", 2)
	t["templatefile"] = templateFileFunc(files{a}, inner, a.Budget)
	t["templatestring"] = templateStringFunc(inner, a.Budget)
	return t
}

// pureFuncs are the functions that read nothing but their arguments: made
// once and shared by every table (a scan makes one table per root module).
var pureFuncs = sync.OnceValue(func() map[string]function.Function {
	t := map[string]function.Function{}
	maps.Copy(t, stdlibFuncs())
	maps.Copy(t, collectionFuncs())
	maps.Copy(t, stringFuncs())
	maps.Copy(t, conversionFuncs())
	maps.Copy(t, encodingFuncs())
	maps.Copy(t, hashFuncs())
	maps.Copy(t, cidrFuncs())
	maps.Copy(t, timeFuncs())
	t["try"] = tryfunc.TryFunc
	t["can"] = tryfunc.CanFunc
	return t
})

// stdlibFuncs are the functions where go-cty's standard library behaves as
// Terraform does.
func stdlibFuncs() map[string]function.Function {
	return map[string]function.Function{
		// numbers
		"abs":      stdlib.AbsoluteFunc,
		"ceil":     stdlib.CeilFunc,
		"floor":    stdlib.FloorFunc,
		"log":      stdlib.LogFunc,
		"max":      stdlib.MaxFunc,
		"min":      stdlib.MinFunc,
		"parseint": capParseInt(stdlib.ParseIntFunc),
		"pow":      stdlib.PowFunc,
		"signum":   stdlib.SignumFunc,
		// strings
		"chomp":      stdlib.ChompFunc,
		"format":     limitWidth(stdlib.FormatFunc),
		"formatlist": limitWidth(stdlib.FormatListFunc),
		"indent":     capIndent(stdlib.IndentFunc),
		"join":       capJoin(stdlib.JoinFunc),
		"lower":      stdlib.LowerFunc,
		"regex":      stdlib.RegexFunc,
		"regexall":   stdlib.RegexAllFunc,
		"split":      stdlib.SplitFunc,
		"strrev":     stdlib.ReverseFunc,
		"substr":     stdlib.SubstrFunc,
		"title":      stdlib.TitleFunc,
		"trim":       stdlib.TrimFunc,
		"trimprefix": stdlib.TrimPrefixFunc,
		"trimsuffix": stdlib.TrimSuffixFunc,
		"trimspace":  stdlib.TrimSpaceFunc,
		"upper":      stdlib.UpperFunc,
		// collections
		"chunklist":       stdlib.ChunklistFunc,
		"coalescelist":    stdlib.CoalesceListFunc,
		"compact":         stdlib.CompactFunc,
		"concat":          stdlib.ConcatFunc,
		"contains":        stdlib.ContainsFunc,
		"distinct":        stdlib.DistinctFunc,
		"element":         stdlib.ElementFunc,
		"flatten":         stdlib.FlattenFunc,
		"keys":            stdlib.KeysFunc,
		"merge":           stdlib.MergeFunc,
		"range":           stdlib.RangeFunc,
		"reverse":         stdlib.ReverseListFunc,
		"setintersection": stdlib.SetIntersectionFunc,
		"setproduct":      limitProduct(stdlib.SetProductFunc),
		"setsubtract":     stdlib.SetSubtractFunc,
		"setunion":        stdlib.SetUnionFunc,
		"slice":           stdlib.SliceFunc,
		"sort":            stdlib.SortFunc,
		"values":          stdlib.ValuesFunc,
		"zipmap":          stdlib.ZipmapFunc,
		// encodings
		"csvdecode":  stdlib.CSVDecodeFunc,
		"jsondecode": jsonDecodeFunc,
		"jsonencode": stdlib.JSONEncodeFunc,
		// time
		"formatdate": stdlib.FormatDateFunc,
		"timeadd":    stdlib.TimeAddFunc,
	}
}
