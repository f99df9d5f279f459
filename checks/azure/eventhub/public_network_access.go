package eventhub

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags namespaces open to public networks. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.EventHub/namespaces, Enabled
// when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-eventhub-public-network-access",
	Title:       "Event Hubs namespace allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "A namespace reachable from the internet accepts connections from anywhere a leaked key or token is used. Turning public access off and using private endpoints keeps event streams on networks you control.",
	Remediation: "Turn public network access off and use private endpoints:\n\n" +
		"    resource \"azurerm_eventhub_namespace\" \"ns\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/event-hubs/network-security", docRM + "#public_network_access_enabled", docARM},
	Resources: Namespace.Types(),
	Run: arm.PublicNetwork(Namespace, "public_network_access_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"Event Hubs namespace %[1]s allows public network access (%[2]s)"),
}
