package synapse

import (
	"github.com/tenantlint/tenantlint/lint"
)

// DataExfiltrationProtection flags workspaces with a managed virtual network
// but no data exfiltration protection. It reads
// data_exfiltration_protection_enabled, default false in azurerm v3 and v4,
// and properties.managedVirtualNetworkSettings.preventDataExfiltration of
// Microsoft.Synapse/workspaces, false when absent. Protection needs a managed
// virtual network, so a workspace without one (or where that cannot be known)
// is left to azure-synapse-managed-virtual-network. Fixed at creation: a
// patch is never judged.
var DataExfiltrationProtection = &lint.Check{
	ID:       "azure-synapse-data-exfiltration-protection",
	Title:    "Synapse workspace does not prevent data exfiltration",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without exfiltration protection, code running in the workspace's Spark pools and pipelines can " +
		"open managed private endpoints to any tenant's resources and copy data out. With protection on, outbound " +
		"connections are limited to approved Microsoft Entra tenants.",
	Remediation: "Create the workspace with exfiltration protection:\n\n" +
		"    resource \"azurerm_synapse_workspace\" \"ws\" {\n      managed_virtual_network_enabled      = true\n" +
		"      data_exfiltration_protection_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { managedVirtualNetwork = \"default\", " +
		"managedVirtualNetworkSettings = { preventDataExfiltration = true } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/synapse-analytics/security/workspace-data-exfiltration-protection",
		docRM + "#data_exfiltration_protection_enabled",
		docARM,
	},
	Resources: Workspace.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Workspace.Views(p) {
			if v.Patch {
				continue
			}
			if on, ok := managedVNet(v.ARM, v.Attr("managed_virtual_network_enabled", "properties.managedVirtualNetwork")); !ok || !on {
				continue
			}
			a := v.Attr("data_exfiltration_protection_enabled", "properties.managedVirtualNetworkSettings.preventDataExfiltration")
			if on, ok := a.BoolOr(false); ok && !on {
				shown := "not set"
				if !a.Null() {
					shown = a.Display()
				}
				p.Reportf(a, "Synapse workspace %s does not prevent data exfiltration (%s)", v.R.Address, shown)
			}
		}
	},
}
