package databricks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags workspaces open to public networks. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.Databricks/workspaces,
// Enabled when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-databricks-public-network-access",
	Title:       "Databricks workspace allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "With public network access on, the workspace web application and REST API answer on the internet, so a stolen personal access token works from anywhere. Turning it off confines the front end to private endpoints.",
	Remediation: "Turn public network access off and use Private Link (Premium SKU):\n\n" +
		"    resource \"azurerm_databricks_workspace\" \"dbw\" {\n      public_network_access_enabled         = false\n" +
		"      network_security_group_rules_required = \"NoAzureDatabricksRules\"\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/databricks/security/network/front-end/front-end-private-connect", docRM + "#public_network_access_enabled", docARM},
	Resources: Workspace.Types(),
	Run: arm.PublicNetwork(Workspace, "public_network_access_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"Databricks workspace %[1]s allows public network access (%[2]s)"),
}
