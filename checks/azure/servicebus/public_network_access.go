package servicebus

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags namespaces open to public networks. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.ServiceBus/namespaces, Enabled
// when absent.
var PublicNetworkAccess = &lint.Check{
	ID:          "azure-servicebus-public-network-access",
	Title:       "Service Bus namespace allows public network access",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "A namespace reachable from the internet accepts connections wherever a leaked key or token is used. Turning public access off and reaching the namespace through private endpoints keeps queues and topics on networks you control.",
	Remediation: "Turn public network access off and use private endpoints (Premium SKU):\n\n" +
		"    resource \"azurerm_servicebus_namespace\" \"ns\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/service-bus-messaging/network-security", docRM + "#public_network_access_enabled", docARM},
	Resources: Namespace.Types(),
	Run: arm.PublicNetwork(Namespace, "public_network_access_enabled", "properties.publicNetworkAccess",
		arm.Default{RM: true, ARM: true},
		"Service Bus namespace %[1]s allows public network access (%[2]s)"),
}
