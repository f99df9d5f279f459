package network

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// FrontDoorHTTPS flags Front Door routes that serve plain HTTP: HTTP among
// the supported protocols without the redirect to HTTPS.
// azurerm_cdn_frontdoor_route defaults supported_protocols to Http and
// Https and https_redirect_enabled to true (azurerm v3 and v4); in ARM
// properties.supportedProtocols defaults to Http and Https and
// properties.httpsRedirect to Disabled. A patch judges only what it sets.
var FrontDoorHTTPS = &lint.Check{
	ID:       "azure-network-frontdoor-https-redirect",
	Title:    "Front Door route serves HTTP without redirecting to HTTPS",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A route that answers plain HTTP sends pages, cookies and credentials in clear over the client's " +
		"network, where they can be read and altered. Redirecting HTTP to HTTPS keeps old links working while " +
		"every request that carries data is encrypted.",
	Remediation: "Redirect HTTP to HTTPS (or accept HTTPS only):\n\n" +
		"    resource \"azurerm_cdn_frontdoor_route\" \"web\" {\n      supported_protocols    = [\"Http\", \"Https\"]\n" +
		"      https_redirect_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties.httpsRedirect = \"Enabled\".",
	Links: []string{
		"https://learn.microsoft.com/azure/frontdoor/front-door-how-to-redirect-https",
		docRM + "cdn_frontdoor_route#https_redirect_enabled",
		"https://learn.microsoft.com/azure/templates/microsoft.cdn/profiles/afdendpoints/routes",
	},
	Resources: FrontDoorRoute.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range FrontDoorRoute.Views(p) {
			if FrontDoorRoute.Patched(p.Module, v, "properties.httpsRedirect") ||
				FrontDoorRoute.Patched(p.Module, v, "properties.supportedProtocols") {
				continue
			}
			redirect := v.Attr("https_redirect_enabled", "properties.httpsRedirect")
			protocols := v.Attr("supported_protocols", "properties.supportedProtocols")
			if v.Patch && (redirect.Null() || protocols.Null()) {
				continue
			}
			if protocols.Unknown() || !protocols.Null() && !slices.ContainsFunc(protocols.Strings(),
				func(s string) bool { return strings.EqualFold(s, "Http") }) {
				continue
			}
			var off bool
			if v.ARM {
				s, known := redirect.StringOr("Disabled")
				off = known && strings.EqualFold(s, "Disabled")
			} else {
				on, known := redirect.BoolOr(true)
				off = known && !on
			}
			if off {
				p.Reportf(redirect, "Front Door route %s serves HTTP without redirecting it to HTTPS", v.R.Address)
			}
		}
	},
}
