package eventhub

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LocalAuthDisabled flags namespaces that accept SAS key authentication. It
// reads local_authentication_enabled, default true in azurerm v3 and v4, and
// properties.disableLocalAuth of Microsoft.EventHub/namespaces, false when
// absent.
var LocalAuthDisabled = &lint.Check{
	ID:          "azure-eventhub-local-auth-disabled",
	Title:       "Event Hubs namespace accepts shared access keys",
	Severity:    lint.Medium,
	Domain:      lint.Identity,
	Model:       lint.PaaS,
	Description: "Shared access signature keys give whoever holds them send or listen rights with no identity attached, and they stay valid until someone rotates them. With local authentication off, every client must use a Microsoft Entra identity, which can be scoped with roles, revoked and audited.",
	Remediation: "Turn local authentication off and grant Azure Event Hubs Data roles:\n\n" +
		"    resource \"azurerm_eventhub_namespace\" \"ns\" {\n      local_authentication_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { disableLocalAuth = true }.",
	Links:     []string{"https://learn.microsoft.com/azure/event-hubs/authenticate-shared-access-signature#disable-local-authentication", docRM + "#local_authentication_enabled", docARM},
	Resources: Namespace.Types(),
	Run: arm.Switch(Namespace, "local_authentication_enabled", false, "properties.disableLocalAuth", true,
		arm.Default{RM: true, ARM: false},
		"Event Hubs namespace %[1]s accepts shared access key authentication (%[3]s is %[2]s)"),
}
