package network

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// AppGatewayWAFPrevention flags Application Gateway WAFs that only detect
// attacks: waf_configuration.firewall_mode Detection (required in the
// block, azurerm v3 and v4) or
// properties.webApplicationFirewallConfiguration.firewallMode Detection in
// ARM, and WAF policies with policy_settings.mode Detection
// (azurerm_web_application_firewall_policy, default Prevention in azurerm v3
// and v4) or properties.policySettings.mode Detection in ARM (not judged
// when absent).
var AppGatewayWAFPrevention = &lint.Check{
	ID:       "azure-network-appgw-waf-prevention",
	Title:    "Application Gateway WAF is in detection mode",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "In detection mode the WAF logs the attacks its rules match and lets every one of them through to " +
		"the application. It is meant for tuning the rules before going live; left on, it gives the " +
		"appearance of protection without blocking anything.",
	Remediation: "Block what the rules match:\n\n" +
		"    resource \"azurerm_web_application_firewall_policy\" \"gw\" {\n      policy_settings {\n" +
		"        enabled = true\n        mode    = \"Prevention\"\n      }\n    }\n\n" +
		"(waf_configuration { firewall_mode = \"Prevention\" } on the gateway; properties.policySettings.mode = " +
		"\"Prevention\" in an azapi_resource body).",
	Links: []string{
		"https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview#waf-modes",
		docRM + "web_application_firewall_policy#mode",
		docRM + "application_gateway#firewall_mode",
		docARM + "applicationgatewaywebapplicationfirewallpolicies",
		docARM + "applicationgateways",
	},
	Resources: append(AppGateway.Types(), "azurerm_web_application_firewall_policy"),
	Run: func(p *lint.Pass) {
		for _, v := range AppGateway.Views(p) {
			if AppGateway.Patched(p.Module, v, "properties.webApplicationFirewallConfiguration") {
				continue
			}
			reportDetection(p, v.R.Address, "Application Gateway", v.Attr("waf_configuration.firewall_mode",
				"properties.webApplicationFirewallConfiguration.firewallMode"))
		}
		for _, v := range WAFPolicy.Views(p) {
			if WAFPolicy.Patched(p.Module, v, "properties.policySettings") {
				continue
			}
			reportDetection(p, v.R.Address, "WAF policy", v.Attr("policy_settings.mode", "properties.policySettings.mode"))
		}
	},
}

// reportDetection reports a known mode of Detection.
func reportDetection(p *lint.Pass, addr, what string, mode lint.Attr) {
	if s, ok := mode.StringOr(""); ok && strings.EqualFold(s, "Detection") {
		p.Reportf(mode, what+" %s runs its WAF in detection mode: attacks are logged, not blocked", addr)
	}
}
