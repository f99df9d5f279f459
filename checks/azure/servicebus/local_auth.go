package servicebus

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LocalAuthDisabled flags namespaces that accept SAS key authentication. It
// reads local_auth_enabled, default true in azurerm v3 and v4, and
// properties.disableLocalAuth of Microsoft.ServiceBus/namespaces, false when
// absent.
var LocalAuthDisabled = &lint.Check{
	ID:          "azure-servicebus-local-auth-disabled",
	Title:       "Service Bus namespace accepts shared access keys",
	Severity:    lint.Medium,
	Domain:      lint.Identity,
	Model:       lint.PaaS,
	Description: "Shared access signature keys grant send, listen or manage rights to anyone who holds them, without an identity, until they are rotated. With local authentication off, every client must present a Microsoft Entra identity that roles scope and logs attribute.",
	Remediation: "Turn local authentication off and grant Azure Service Bus Data roles:\n\n" +
		"    resource \"azurerm_servicebus_namespace\" \"ns\" {\n      local_auth_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { disableLocalAuth = true }.",
	Links:     []string{"https://learn.microsoft.com/azure/service-bus-messaging/disable-local-authentication", docRM + "#local_auth_enabled", docARM},
	Resources: Namespace.Types(),
	Run: arm.Switch(Namespace, "local_auth_enabled", false, "properties.disableLocalAuth", true,
		arm.Default{RM: true, ARM: false},
		"Service Bus namespace %[1]s accepts shared access key authentication (%[3]s is %[2]s)"),
}
