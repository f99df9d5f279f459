package appservice

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublishingPolicy is the basic publishing credentials policy of a site in
// the AzAPI form, one child per endpoint: "ftp" and "scm".
var PublishingPolicy = arm.Kind{ARM: "Microsoft.Web/sites/basicPublishingCredentialsPolicies"}

// basicAuth reports the apps whose endpoint (ARM child name "ftp" or "scm")
// accepts basic authentication: the azurerm argument arg of the current
// resources, default true in azurerm v3 and v4 (the legacy resources lack
// it and are not judged), and properties.allow of the policy child named
// after the endpoint. A site in the AzAPI form with no such child keeps the
// service's setting, which the configuration does not show: it is not
// judged. msg is a format with the address and the value.
func basicAuth(arg, endpoint, msg string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range Current.Views(p) {
			if v.ARM {
				continue
			}
			a := v.Attr(arg, "")
			if on, ok := a.BoolOr(true); ok && on {
				p.Reportf(a, msg, v.R.Address, "true")
			}
		}
		for _, v := range PublishingPolicy.Views(p) {
			name, ok := v.R.Attr("name").StringOr("")
			if v.Patch && ok && name == "" {
				// A patch names its target by ID, which ends with the name.
				rid, known := v.R.Attr("resource_id").StringOr("")
				name, ok = rid[strings.LastIndex(rid, "/")+1:], known
			}
			if !ok || !strings.EqualFold(name, endpoint) {
				continue
			}
			a := v.Attr("", "properties.allow")
			if on, ok := a.BoolOr(false); ok && on && !a.Null() {
				p.Reportf(a, msg, v.R.Address, "true")
			}
		}
	}
}
