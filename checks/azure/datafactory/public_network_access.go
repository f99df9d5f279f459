package datafactory

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags factories open to public networks. It reads
// public_network_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.DataFactory/factories, Enabled
// when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-datafactory-public-network-access",
	Title:       "Data factory allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "A factory reachable from the internet lets integration runtimes and clients connect to it from anywhere, and its authoring and control endpoints are exposed to every network. With public access off, the factory is reached through private endpoints only.",
	Remediation: "Turn public network access off and use private endpoints:\n\n" +
		"    resource \"azurerm_data_factory\" \"adf\" {\n      public_network_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/data-factory/data-factory-private-link", docRM + "#public_network_enabled", docARM},
	Resources: Factory.Types(),
	Run: arm.PublicNetwork(Factory, "public_network_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"Data factory %[1]s allows public network access (%[2]s)"),
}
