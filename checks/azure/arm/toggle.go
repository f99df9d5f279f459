package arm

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Toggle reports a feature that is not in the wanted state when azurerm
// writes it as a bool argument and ARM as an "Enabled"/"Disabled" string
// property (publicNetworkAccess, sslEnforcement, geoRedundantBackup). d.RM
// (or d.RMMajor) holds bools and d.ARM a string; an ARM value other than
// "Enabled" (any case) counts as off, so "SecuredByPerimeter" and
// "Disabled" both meet want == false. msg is a format with the address and
// the value read (as written, or the default).
func Toggle(k Kind, arg, prop string, want bool, d Default, msg string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range k.Views(p) {
			if k.Patched(p.Module, v, prop) {
				continue
			}
			a := v.Attr(arg, prop)
			var on bool
			var shown string
			switch {
			case a.Null():
				def, has := d.Value(v)
				if !has {
					continue
				}
				switch x := def.(type) {
				case bool:
					on, shown = x, boolText(x)
				case string:
					on, shown = strings.EqualFold(x, "Enabled"), x
				default:
					continue
				}
			case v.ARM:
				s, ok := a.StringOr("")
				if !ok {
					continue
				}
				on, shown = strings.EqualFold(s, "Enabled"), a.Display()
			default:
				b, ok := a.BoolOr(false)
				if !ok {
					continue
				}
				on, shown = b, a.Display()
			}
			if on != want {
				p.Reportf(a, msg, v.R.Address, shown)
			}
		}
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
