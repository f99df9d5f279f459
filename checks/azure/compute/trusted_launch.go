package compute

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// trustedLaunch reads whether a machine or scale set uses trusted launch
// (or is confidential), and the switch of one of its two features. In
// azurerm (v3, v4) a machine is a trusted launch machine when either
// secure_boot_enabled or vtpm_enabled is true (both default false, and a
// Generation 1 image supports neither, so a machine that sets neither is
// not judged); in ARM when securityProfile.securityType is TrustedLaunch or
// ConfidentialVM, whose uefiSettings.secureBootEnabled and vTpmEnabled are
// false when absent. judge reports the view when the feature is off; a
// patch judges only what it sets.
func trustedLaunch(k arm.Kind, profile, arg, other, prop, msg string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range k.Views(p) {
			if v.Patch || k.Patched(p.Module, v, profile+".securityProfile") {
				continue
			}
			if !v.ARM {
				on, known := v.R.Attr(other).BoolOr(false)
				if !known || !on {
					continue
				}
				a := v.R.Attr(arg)
				if got, known := a.BoolOr(false); known && !got {
					p.Reportf(a, msg, v.R.Address, other)
				}
				continue
			}
			sec := v.Attr("", profile+".securityProfile")
			typ, known := arm.Field(sec, "securityType").StringOr("")
			if !known || !strings.EqualFold(typ, "TrustedLaunch") && !strings.EqualFold(typ, "ConfidentialVM") {
				continue
			}
			a := arm.Field(arm.Field(sec, "uefiSettings"), prop)
			if got, known := a.BoolOr(false); known && !got {
				p.Reportf(a, msg, v.R.Address, "securityType "+typ)
			}
		}
	}
}
