// Package hardcoded finds credentials written into resource arguments:
// passwords, master passwords, tokens and secrets whose value is in the
// configuration. Each provider's generic no-hardcoded-credentials check is
// its table of credential arguments and one call to Run.
package hardcoded

import (
	"maps"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// Args maps a resource type to the paths of its credential arguments. A
// path names nested blocks and ends with the argument:
// "advanced_security_options.master_user_options.master_user_password".
type Args map[string][]string

// Types lists the resource types of the table, sorted, for a check's
// Resources.
func (t Args) Types() []string { return slices.Sorted(maps.Keys(t)) }

// Run reports every credential argument of the table whose value is written
// in the configuration: known, not computed from any resource or data source
// (random_password, a Secrets Manager or SSM Parameter Store lookup, a Key
// Vault or Secret Manager secret), and a plausible secret (secretname.
// SecretValue: no empty string, placeholder or store reference). A variable
// without a value is unknown and never reported; one whose default or tfvars
// value holds the password is, because the password is then in the
// repository. Messages name the argument, never its value. what names the
// provider's secret store in the message.
func Run(t Args, what string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, path := range t[r.Type] {
				segs := strings.Split(path, ".")
				for _, a := range attrs(r.Body, segs) {
					if literal(a) {
						p.Reportf(a, "%s sets %s to a credential written in the configuration: read it from %s", r.Address, path, what)
					}
				}
			}
		}
	}
}

// attrs returns the argument at the end of segs in every nested block on the
// way, and the elements of a list argument.
func attrs(b *lint.Block, segs []string) []lint.Attr {
	if len(segs) == 1 {
		a := b.Attr(segs[0])
		if els := a.Elements(); len(els) > 0 {
			return els
		}
		return []lint.Attr{a}
	}
	var out []lint.Attr
	for _, c := range b.Blocks(segs[0]) {
		out = append(out, attrs(c, segs[1:])...)
	}
	return out
}

// literal says whether a holds a credential written in the configuration.
func literal(a lint.Attr) bool {
	if a.Null() || len(a.Refs()) > 0 {
		return false
	}
	s, ok := a.StringOr("")
	return ok && secretname.SecretValue(s)
}
