package acr

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// RestrictNetworkAccess flags registries reachable from any network: public
// network access on (public_network_access_enabled, default true in azurerm
// v3 and v4; properties.publicNetworkAccess, Enabled when absent) and no
// network rule set that denies by default (network_rule_set.default_action,
// default Allow; properties.networkRuleSet.defaultAction, Allow when
// absent). Network rules are a Premium feature, so for Basic and Standard
// registries only turning public access off restricts them.
var RestrictNetworkAccess = &lint.Check{
	ID:       "azure-acr-restrict-network-access",
	Title:    "Container registry is reachable from any network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A registry open to the internet accepts pushes and pulls from anywhere a leaked token or service " +
		"principal secret is used. Denying by default and allowing only chosen networks or private endpoints " +
		"keeps such credentials useless outside them.",
	Remediation: "Deny by default (Premium SKU) or turn public access off:\n\n" +
		"    resource \"azurerm_container_registry\" \"acr\" {\n      sku                           = \"Premium\"\n" +
		"      public_network_access_enabled = false\n      network_rule_set {\n        default_action = \"Deny\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" } or " +
		"networkRuleSet = { defaultAction = \"Deny\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks",
		docRegistry + "#network_rule_set",
		docARM,
	},
	Resources: Registry.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Registry.Views(p) {
			if Registry.Patched(p.Module, v, "properties.publicNetworkAccess") ||
				Registry.Patched(p.Module, v, "properties.networkRuleSet.defaultAction") {
				continue
			}
			pna := v.Attr("public_network_access_enabled", "properties.publicNetworkAccess")
			if pna.Null() && v.Patch {
				continue
			}
			open, ok := true, true
			if !pna.Null() {
				open, ok = arm.Open(pna)
			}
			if !ok || !open {
				continue
			}
			da := v.Attr("network_rule_set.default_action", "properties.networkRuleSet.defaultAction")
			d, ok := da.StringOr("Allow")
			switch {
			case !ok || strings.EqualFold(d, "Deny"):
			case da.Set:
				p.Reportf(da, "Container registry %s allows access from any network (default action %s)", v.R.Address, da.Display())
			case v.Patch:
			default:
				p.Reportf(pna, "Container registry %s allows access from any network: public network access on and no rule set denying by default", v.R.Address)
			}
		}
	},
}
