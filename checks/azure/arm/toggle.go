package arm

import (
	"strconv"
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
	// The value read is a bool (azurerm) or a string (ARM), as the defaults are.
	read := func(a lint.Attr) (any, bool) {
		if r := a.Resource(); r != nil && (r.Type == Resource || r.Type == Update) {
			return a.StringOr("")
		}
		return a.BoolOr(false)
	}
	return each(k, arg, prop, d, read, func(p *lint.Pass, v View, a lint.Attr, got any) {
		var on bool
		var shown string
		switch x := got.(type) {
		case bool:
			on, shown = x, strconv.FormatBool(x)
		case string:
			on, shown = strings.EqualFold(x, "Enabled"), x
		default:
			return
		}
		if !a.Null() {
			shown = a.Display()
		}
		if on != want {
			p.Reportf(a, msg, v.R.Address, shown)
		}
	})
}
