package network

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// FrontDoorWAF flags Front Door profiles that attach no WAF policy: an
// azurerm_cdn_frontdoor_profile (or an AzAPI Microsoft.Cdn/profiles whose
// sku.name is a Front Door SKU) that no security policy names
// (azurerm_cdn_frontdoor_security_policy by cdn_frontdoor_profile_id, an
// AzAPI securityPolicies child by parent_id), and frontend_endpoint blocks
// of the classic azurerm_frontdoor (azurerm v3; removed in v4) without
// web_application_firewall_policy_link_id. A profile that a security policy
// of unknown target may name is not judged. Whether the WAF policy blocks
// is azure-network-frontdoor-waf-prevention's matter.
var FrontDoorWAF = &lint.Check{
	ID:       "azure-network-frontdoor-waf",
	Title:    "Front Door has no web application firewall",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "Front Door is the internet-facing entry point of the applications behind it. Without a WAF " +
		"policy attached to its domains, injection attempts, exploit payloads and abusive bots reach the origins " +
		"unfiltered, and the managed rule sets and rate limits Front Door offers are left unused.",
	Remediation: "Attach a WAF policy through a security policy:\n\n" +
		"    resource \"azurerm_cdn_frontdoor_security_policy\" \"waf\" {\n" +
		"      cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.fd.id\n      security_policies {\n        firewall {\n" +
		"          cdn_frontdoor_firewall_policy_id = azurerm_cdn_frontdoor_firewall_policy.fd.id\n          association {\n" +
		"            patterns_to_match = [\"/*\"]\n            domain { cdn_frontdoor_domain_id = azurerm_cdn_frontdoor_custom_domain.www.id }\n" +
		"          }\n        }\n      }\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview",
		docRM + "cdn_frontdoor_security_policy",
		docRM + "frontdoor#web_application_firewall_policy_link_id",
		"https://learn.microsoft.com/azure/templates/microsoft.cdn/profiles/securitypolicies",
	},
	Resources: append(append(FrontDoorProfile.Types(), FrontDoorSecurity.AzureRM...), "azurerm_frontdoor"),
	Run: func(p *lint.Pass) {
		for _, v := range FrontDoorProfile.Views(p) {
			if v.Patch {
				continue
			}
			if v.ARM {
				sku, ok := v.Attr("", "sku.name").StringOr("")
				if !ok || !strings.Contains(strings.ToLower(sku), "azurefrontdoor") {
					continue
				}
			}
			policies, certain := FrontDoorProfile.Children(p.Module, v, FrontDoorSecurity, "cdn_frontdoor_profile_id")
			if certain && len(policies) == 0 {
				p.Reportf(v.R, "Front Door profile %s has no security policy attaching a WAF policy", v.R.Address)
			}
		}
		for _, r := range p.Module.Resources("azurerm_frontdoor") {
			for _, b := range r.Blocks("frontend_endpoint") {
				if b.Attr("web_application_firewall_policy_link_id").Null() {
					p.Reportf(b, "A frontend endpoint of Front Door %s has no WAF policy", r.Address)
				}
			}
		}
	},
}
