package eventhub

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// MinTLS flags namespaces that accept TLS below 1.2. It reads
// minimum_tls_version, default "1.2" in azurerm v3 and v4, and
// properties.minimumTlsVersion of Microsoft.EventHub/namespaces. An absent
// property is not judged: the service now enforces 1.2 for namespaces that do
// not say otherwise, so only an explicit 1.0 or 1.1 is a finding.
var MinTLS = &lint.Check{
	ID:          "azure-eventhub-min-tls",
	Title:       "Event Hubs namespace accepts TLS below 1.2",
	Severity:    lint.Medium,
	Domain:      lint.Data,
	Model:       lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses. A namespace that still accepts them lets a client, or an attacker who downgrades a connection, exchange events over a protocol that no longer protects them in transit.",
	Remediation: "Require TLS 1.2:\n\n" +
		"    resource \"azurerm_eventhub_namespace\" \"ns\" {\n      minimum_tls_version = \"1.2\"\n    }\n\n" +
		"In an azapi_resource body: properties = { minimumTlsVersion = \"1.2\" }.",
	Links:     []string{"https://learn.microsoft.com/azure/event-hubs/transport-layer-security-configure-minimum-version", docRM + "#minimum_tls_version", docARM},
	Resources: Namespace.Types(),
	Run: arm.OneOf(Namespace, "minimum_tls_version", "properties.minimumTlsVersion", []string{"1.2", "1.3"},
		arm.Default{RM: "1.2"},
		"Event Hubs namespace %[1]s accepts TLS versions from %[2]s (below 1.2)"),
}
