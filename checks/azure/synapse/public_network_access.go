package synapse

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags workspaces open to public networks. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.Synapse/workspaces, Enabled
// when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-synapse-public-network-access",
	Title:       "Synapse workspace allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "A workspace open to public networks exposes its SQL, development and Spark endpoints to the internet, where only its firewall rules and credentials stand between an attacker and the data. Private endpoints keep those endpoints on your networks.",
	Remediation: "Turn public network access off and use private endpoints:\n\n" +
		"    resource \"azurerm_synapse_workspace\" \"ws\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/synapse-analytics/security/connectivity-settings", docRM + "#public_network_access_enabled", docARM},
	Resources: Workspace.Types(),
	Run: arm.PublicNetwork(Workspace, "public_network_access_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"Synapse workspace %[1]s allows public network access (%[2]s)"),
}
