package keyvault

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// expiry reports the instances of kind that set no expiry date: azurerm
// expiration_date (no default: absent means never), ARM
// properties.attributes.exp (Unix seconds, absent means never). An unknown
// value is not a finding; a patch that does not set it changes nothing.
func expiry(what string, kind arm.Kind) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range kind.Views(p) {
			if v.Patch || kind.Patched(p.Module, v, "properties.attributes.exp") {
				continue
			}
			a := v.Attr("expiration_date", "properties.attributes.exp")
			if !a.Null() {
				continue
			}
			if v.ARM {
				p.Reportf(a, "Key vault %s %s has no expiry date", what, v.R.Address)
				continue
			}
			p.Reportf(v.R, "Key vault %s %s has no expiry date", what, v.R.Address)
		}
	}
}
