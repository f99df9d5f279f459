package servicebus

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// MinTLS flags namespaces that accept TLS below 1.2. It reads
// minimum_tls_version, default "1.2" in azurerm v3 and v4, and
// properties.minimumTlsVersion of Microsoft.ServiceBus/namespaces. An absent
// property is not judged: the service now enforces 1.2 where nothing else is
// set, so only an explicit 1.0 or 1.1 is a finding.
var MinTLS = &lint.Check{
	ID:          "azure-servicebus-min-tls",
	Title:       "Service Bus namespace accepts TLS below 1.2",
	Severity:    lint.Medium,
	Domain:      lint.Data,
	Model:       lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses. A namespace that accepts them lets clients, or an attacker downgrading a connection, move messages over a protocol that no longer protects them in transit.",
	Remediation: "Require TLS 1.2:\n\n" +
		"    resource \"azurerm_servicebus_namespace\" \"ns\" {\n      minimum_tls_version = \"1.2\"\n    }\n\n" +
		"In an azapi_resource body: properties = { minimumTlsVersion = \"1.2\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/service-bus-messaging/transport-layer-security-configure-minimum-version", docRM + "#minimum_tls_version", docARM},
	Resources: Namespace.Types(),
	Run: arm.OneOf(Namespace, "minimum_tls_version", "properties.minimumTlsVersion", []string{"1.2", "1.3"},
		arm.Default{RM: "1.2"},
		"Service Bus namespace %[1]s accepts TLS versions from %[2]s (below 1.2)"),
}
