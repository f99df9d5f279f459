package kmskey

import "github.com/tenantlint/tenantlint/lint"

// Require is the Run of a check that wants a customer managed key in the
// argument keyArg of every resource for which encrypted returns true (its
// encryption is known to be on, and it is not a copy that inherits its
// key). managed names the AWS managed key the service falls back to, for
// messages ("aws/rds"). An unknown key is never reported.
func Require(keyArg, managed string, encrypted func(*lint.Resource) bool) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, r := range p.Resources() {
			key := r.Attr(keyArg)
			kind := Of(key)
			if kind != None && kind != AWSManaged || !encrypted(r) {
				continue
			}
			switch {
			case key.Null():
				p.Reportf(r, "%s sets no %s: it is encrypted with the AWS managed key %s", r.Address, keyArg, managed)
			case kind == None:
				p.Reportf(key, "%s has an empty %s: it is encrypted with the AWS managed key %s", r.Address, keyArg, managed)
			default:
				p.Reportf(key, "%s names an AWS managed key in %s, not a customer managed key", r.Address, keyArg)
			}
		}
	}
}

// On reads a boolean argument that turns encryption on: true only when it is
// known to be on (absent takes def).
func On(r *lint.Resource, arg string, def bool) bool {
	on, ok := r.Attr(arg).BoolOr(def)
	return ok && on
}
