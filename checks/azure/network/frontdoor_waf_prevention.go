package network

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// FrontDoorWAFPrevention flags Front Door WAF policies that block nothing:
// mode Detection, or the policy switched off. It reads
// azurerm_cdn_frontdoor_firewall_policy (mode required, enabled default
// true, azurerm v3 and v4), the classic azurerm_frontdoor_firewall_policy
// (mode default Prevention, enabled default true, azurerm v3; removed in v4)
// and, in ARM, properties.policySettings.mode and enabledState (not judged
// when absent).
var FrontDoorWAFPrevention = &lint.Check{
	ID:       "azure-network-frontdoor-waf-prevention",
	Title:    "Front Door WAF policy does not block attacks",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "A Front Door WAF policy in detection mode, or disabled, lets every request its rules match reach " +
		"the origins: injection attempts, exploit payloads and bot traffic are at most logged. Only prevention " +
		"mode makes the policy protect the applications behind Front Door.",
	Remediation: "Enable the policy in prevention mode:\n\n" +
		"    resource \"azurerm_cdn_frontdoor_firewall_policy\" \"fd\" {\n      enabled = true\n      mode    = \"Prevention\"\n    }\n\n" +
		"In an azapi_resource body: properties.policySettings = { enabledState = \"Enabled\", mode = \"Prevention\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-policy-settings",
		docRM + "cdn_frontdoor_firewall_policy#mode",
		docRM + "frontdoor_firewall_policy#mode",
		docARM + "frontdoorwebapplicationfirewallpolicies",
	},
	Resources: FrontDoorPolicy.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range FrontDoorPolicy.Views(p) {
			if FrontDoorPolicy.Patched(p.Module, v, "properties.policySettings") {
				continue
			}
			reportDetection(p, v.R.Address, "Front Door WAF policy", v.Attr("mode", "properties.policySettings.mode"))
			if v.ARM {
				st := v.Attr("", "properties.policySettings.enabledState")
				if s, ok := st.StringOr(""); ok && strings.EqualFold(s, "Disabled") {
					p.Reportf(st, "Front Door WAF policy %s is disabled", v.R.Address)
				}
				continue
			}
			en := v.R.Attr("enabled")
			if on, ok := en.BoolOr(true); ok && !on {
				p.Reportf(en, "Front Door WAF policy %s is disabled", v.R.Address)
			}
		}
	},
}
