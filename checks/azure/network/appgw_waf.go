package network

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// AppGatewayWAF flags Application Gateways that do not filter requests with
// a web application firewall: a sku tier other than WAF or WAF_v2 (sku.tier,
// required in azurerm v3 and v4; properties.sku.tier in ARM), or a WAF tier
// with neither a firewall policy (firewall_policy_id,
// properties.firewallPolicy.id) nor an enabled waf_configuration
// (properties.webApplicationFirewallConfiguration.enabled). It also flags
// WAF policies switched off: policy_settings.enabled false on
// azurerm_web_application_firewall_policy (default true, azurerm v3 and v4)
// or properties.policySettings.state Disabled in ARM. An unknown tier or
// policy is not judged.
var AppGatewayWAF = &lint.Check{
	ID:       "azure-network-appgw-waf",
	Title:    "Application Gateway has no enabled web application firewall",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "An Application Gateway without a WAF passes SQL injection, cross-site scripting, known exploit " +
		"payloads and scanner traffic straight to the applications behind it. The WAF's managed OWASP rule " +
		"sets block these attacks at the edge, before any application bug can be reached.",
	Remediation: "Use the WAF_v2 tier with an enabled WAF policy:\n\n" +
		"    resource \"azurerm_application_gateway\" \"gw\" {\n      sku {\n        name = \"WAF_v2\"\n        tier = \"WAF_v2\"\n      }\n" +
		"      firewall_policy_id = azurerm_web_application_firewall_policy.gw.id\n    }",
	Links: []string{
		docAppGWWAF,
		docRM + "application_gateway#firewall_policy_id",
		docRM + "web_application_firewall_policy#policy_settings",
		docARM + "applicationgateways",
		docARM + "applicationgatewaywebapplicationfirewallpolicies",
	},
	Resources: append(AppGateway.Types(), "azurerm_web_application_firewall_policy"),
	Run: func(p *lint.Pass) {
		for _, v := range AppGateway.Views(p) {
			if v.Patch || AppGateway.Patched(p.Module, v, "properties.sku") ||
				AppGateway.Patched(p.Module, v, "properties.firewallPolicy") ||
				AppGateway.Patched(p.Module, v, "properties.webApplicationFirewallConfiguration") {
				continue
			}
			tier := v.Attr("sku.tier", "properties.sku.tier")
			t, ok := tier.StringOr("")
			if !ok || tier.Null() {
				continue
			}
			if !strings.EqualFold(t, "WAF") && !strings.EqualFold(t, "WAF_v2") {
				p.Reportf(tier, "Application Gateway %s has no web application firewall (sku tier %s)", v.R.Address, t)
				continue
			}
			if !v.Attr("firewall_policy_id", "properties.firewallPolicy.id").Null() {
				continue
			}
			on := v.Attr("waf_configuration.enabled", "properties.webApplicationFirewallConfiguration.enabled")
			if enabled, known := on.BoolOr(false); known && !enabled {
				p.Reportf(on, "Application Gateway %s has its web application firewall off", v.R.Address)
			}
		}
		for _, v := range WAFPolicy.Views(p) {
			if WAFPolicy.Patched(p.Module, v, "properties.policySettings") {
				continue
			}
			if v.ARM {
				st := v.Attr("", "properties.policySettings.state")
				if s, ok := st.StringOr(""); ok && strings.EqualFold(s, "Disabled") {
					p.Reportf(st, "WAF policy %s is disabled", v.R.Address)
				}
				continue
			}
			en := v.Attr("policy_settings.enabled", "")
			if on, ok := en.BoolOr(true); ok && !on {
				p.Reportf(en, "WAF policy %s is disabled", v.R.Address)
			}
		}
	},
}
