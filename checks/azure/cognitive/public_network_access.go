package cognitive

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags accounts open to public networks. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.CognitiveServices/accounts,
// Enabled when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-cognitive-public-network-access",
	Title:       "Azure AI services account allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "An account open to public networks serves models and data to any caller on the internet with a valid key or token. Disabling public access and using private endpoints limits use of the account to your networks.",
	Remediation: "Turn public network access off and use private endpoints:\n\n" +
		"    resource \"azurerm_cognitive_account\" \"ai\" {\n      public_network_access_enabled = false\n      custom_subdomain_name         = \"contoso-ai\"\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks", docRM + "#public_network_access_enabled", docARM},
	Resources: Account.Types(),
	Run: arm.PublicNetwork(Account, "public_network_access_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"Azure AI services account %[1]s allows public network access (%[2]s)"),
}
