package arm

import (
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetwork reports the instances of kind k that accept traffic from
// public networks: the azurerm boolean arg (public_network_access_enabled)
// is true, or the ARM property prop (properties.publicNetworkAccess) is
// anything but "Disabled" or "SecuredByPerimeter" (a network security
// perimeter decides then). d gives what absence means, as a bool "public
// access on" in both forms (RM, RMMajor, ARM). msg is a format with the
// address and the value read (or "not set" when absent).
func PublicNetwork(k Kind, arg, prop string, d Default, msg string) func(*lint.Pass) {
	return each(k, arg, prop, d, readOpen, func(p *lint.Pass, v View, a lint.Attr, open bool) {
		if !open {
			return
		}
		shown := "not set"
		if !a.Null() {
			shown = a.Display()
		}
		p.Reportf(a, msg, v.R.Address, shown)
	})
}

// Open reads a public network access switch in either form: true when
// public access is on. ok is false when the value cannot be known.
func Open(a lint.Attr) (open, ok bool) { return readOpen(a) }

func readOpen(a lint.Attr) (bool, bool) {
	if r := a.Resource(); r != nil && (r.Type == Resource || r.Type == Update) {
		s, ok := a.StringOr("")
		if !ok {
			return false, false
		}
		return !strings.EqualFold(s, "Disabled") && !strings.EqualFold(s, "SecuredByPerimeter"), true
	}
	return a.BoolOr(false)
}

// Switch reports a requirement whose switch has opposite senses in the two
// forms, such as local (key) authentication: azurerm's
// local_authentication_enabled must be wantRM, ARM's
// properties.disableLocalAuth must be wantARM. d gives what absence means in
// each form, in that form's sense. msg is a format with the address, the
// value read and the name of the argument or property read.
func Switch(k Kind, arg string, wantRM bool, prop string, wantARM bool, d Default, msg string) func(*lint.Pass) {
	read := func(a lint.Attr) (bool, bool) { return a.BoolOr(false) }
	return each(k, arg, prop, d, read, func(p *lint.Pass, v View, a lint.Attr, got bool) {
		want, name := wantRM, a.Name
		if v.ARM {
			want, name = wantARM, prop[strings.LastIndex(prop, ".")+1:]
		}
		if got != want {
			p.Reportf(a, msg, v.R.Address, strconv.FormatBool(got), name)
		}
	})
}
