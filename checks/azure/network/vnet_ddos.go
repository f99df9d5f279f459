package network

import (
	"github.com/tenantlint/tenantlint/lint"
)

// VNetDDoS flags virtual networks without DDoS Network Protection: no
// ddos_protection_plan block, or its enable false, on azurerm_virtual_network
// (the block is optional and absent means basic infrastructure protection
// only, azurerm v3 and v4), or properties.enableDdosProtection not true in
// ARM (false when absent, every API version). The severity is low: the plan
// is a paid, organization-wide choice, and the platform's basic protection
// still applies.
var VNetDDoS = &lint.Check{
	ID:       "azure-network-vnet-ddos-protection",
	Title:    "Virtual network has no DDoS protection plan",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Basic DDoS protection only shields the Azure platform as a whole; it is not tuned to the public " +
		"endpoints of one network. DDoS Network Protection learns each public IP's normal traffic, mitigates " +
		"attacks sized for the application and gives attack telemetry and rapid-response support.",
	Remediation: "Attach a DDoS protection plan (one plan can cover many networks):\n\n" +
		"    resource \"azurerm_virtual_network\" \"vnet\" {\n      ddos_protection_plan {\n" +
		"        id     = azurerm_network_ddos_protection_plan.org.id\n        enable = true\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { enableDdosProtection = true, ddosProtectionPlan = { id = ... } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview",
		docRM + "virtual_network#ddos_protection_plan",
		docARM + "virtualnetworks",
	},
	Resources: VNet.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range VNet.Views(p) {
			if VNet.Patched(p.Module, v, "properties.enableDdosProtection") {
				continue
			}
			if v.ARM {
				a := v.Attr("", "properties.enableDdosProtection")
				if on, ok := a.BoolOr(false); ok && !on && (!v.Patch || !a.Null()) {
					p.Reportf(a, "Virtual network %s has no DDoS protection plan", v.R.Address)
				}
				continue
			}
			plan := v.R.Block("ddos_protection_plan")
			if !plan.Exists() {
				if v.R.Attr("ddos_protection_plan").Unknown() {
					continue
				}
				p.Reportf(v.R, "Virtual network %s has no DDoS protection plan", v.R.Address)
				continue
			}
			en := plan.Attr("enable")
			if on, ok := en.BoolOr(false); ok && !on {
				p.Reportf(en, "Virtual network %s has its DDoS protection plan disabled", v.R.Address)
			}
		}
	},
}
