package search

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags services open to public networks. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.Search/searchServices,
// "enabled" when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-search-public-network-access",
	Title:       "AI Search service allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "A search service open to the internet answers queries over its indexes from anywhere, so a leaked key exposes indexed documents to every network. Disabling public access confines the service to private endpoints.",
	Remediation: "Turn public network access off and use private endpoints:\n\n" +
		"    resource \"azurerm_search_service\" \"srch\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/search/service-create-private-endpoint", docRM + "#public_network_access_enabled", docARM},
	Resources: Service.Types(),
	Run: arm.PublicNetwork(Service, "public_network_access_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"AI Search service %[1]s allows public network access (%[2]s)"),
}
