package arm

import (
	"slices"
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Default is what an absent argument or property means, in each form. A nil
// value says that absence is not a finding (the matter is left to something
// the configuration does not show).
type Default struct {
	// RM is the azurerm default, for every provider major.
	RM any
	// RMMajor holds the azurerm default per provider major, where it changed
	// between majors; it replaces RM. An absent argument is judged only when
	// the configuration allows (required_providers, the lock file) majors
	// that all agree; otherwise the check stays silent.
	RMMajor map[int]any
	// ARM is the value ARM gives an absent property, from the API version
	// ARMSince on ("" for every version).
	ARM      any
	ARMSince string
	// ARMBefore is the value for API versions before ARMSince (nil: not a
	// finding).
	ARMBefore any
}

// Value returns the default for the view, and false when absence is not a
// finding for it: a patch (azapi_update_resource) changes nothing it does not
// name, and a nil default leaves the matter open.
func (d Default) Value(v View) (any, bool) {
	if v.Patch {
		return nil, false
	}
	var val any
	switch {
	case v.ARM:
		val = d.ARM
		if d.ARMSince != "" && APIBefore(v.API, d.ARMSince) {
			val = d.ARMBefore
		}
	case d.RMMajor != nil:
		majors := make([]int, 0, len(d.RMMajor))
		for m := range d.RMMajor {
			majors = append(majors, m)
		}
		slices.Sort(majors)
		allowed := v.R.ProviderVersions.Majors(majors...)
		if len(allowed) == 0 {
			return nil, false
		}
		val = d.RMMajor[allowed[0]]
		for _, m := range allowed[1:] {
			if d.RMMajor[m] != val {
				return nil, false
			}
		}
	default:
		val = d.RM
	}
	return val, val != nil
}

// APIBefore says whether the API version api ("2021-04-01-preview") is older
// than since ("2023-01-01"). API versions are dates, so the date parts
// compare as strings; a preview sorts before the release of its date.
func APIBefore(api, since string) bool {
	a, ap := strings.CutSuffix(strings.ToLower(api), "-preview")
	b, bp := strings.CutSuffix(strings.ToLower(since), "-preview")
	if a != b {
		return a < b
	}
	return ap && !bp
}

// each returns a Run that judges the requirement in every view of the kind
// whose property no patch sets: the value read (skipped when read says it
// cannot be), or the default when absent (skipped when the view has none).
func each[T any](k Kind, arg, prop string, d Default, read func(lint.Attr) (T, bool), judge func(p *lint.Pass, v View, a lint.Attr, got T)) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range k.Views(p) {
			if k.Patched(p.Module, v, prop) {
				continue
			}
			a := v.Attr(arg, prop)
			var got T
			var ok bool
			if a.Null() {
				def, has := d.Value(v)
				if !has {
					continue
				}
				got, ok = as[T](def)
			} else {
				got, ok = read(a)
			}
			if ok {
				judge(p, v, a, got)
			}
		}
	}
}

// as converts a default to the type a shape reads; an int default serves
// for int64.
func as[T any](v any) (T, bool) {
	if n, isInt := v.(int); isInt {
		if t, ok := any(int64(n)).(T); ok {
			return t, true
		}
	}
	t, ok := v.(T)
	return t, ok
}

// Bool reports the requirement when it is not want. msg is a format with
// the resource address and the value read.
func Bool(k Kind, arg, prop string, want bool, d Default, msg string) func(*lint.Pass) {
	read := func(a lint.Attr) (bool, bool) { return a.BoolOr(false) }
	return each(k, arg, prop, d, read, func(p *lint.Pass, v View, a lint.Attr, got bool) {
		if got != want {
			p.Reportf(a, msg, v.R.Address, strconv.FormatBool(got))
		}
	})
}

// OneOf reports the requirement when its string is not one of allowed
// (compared without regard to case, as ARM and azurerm do for these
// enumerations). msg is a format with the address and the value read.
func OneOf(k Kind, arg, prop string, allowed []string, d Default, msg string) func(*lint.Pass) {
	read := func(a lint.Attr) (string, bool) { return a.StringOr("") }
	return each(k, arg, prop, d, read, func(p *lint.Pass, v View, a lint.Attr, got string) {
		if slices.ContainsFunc(allowed, func(s string) bool { return strings.EqualFold(s, got) }) {
			return
		}
		shown := got
		if !a.Null() {
			shown = a.Display()
		}
		p.Reportf(a, msg, v.R.Address, shown)
	})
}

// AtLeast reports the requirement when its whole number is below minimum.
// msg is a format with the address, the value read and the minimum.
func AtLeast(k Kind, arg, prop string, minimum int64, d Default, msg string) func(*lint.Pass) {
	read := func(a lint.Attr) (int64, bool) { return a.IntOr(0) }
	return each(k, arg, prop, d, read, func(p *lint.Pass, v View, a lint.Attr, got int64) {
		if got < minimum {
			p.Reportf(a, msg, v.R.Address, strconv.FormatInt(got, 10), strconv.FormatInt(minimum, 10))
		}
	})
}
