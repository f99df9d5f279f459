package postgres

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags servers with a public endpoint. Single servers:
// public_network_access_enabled, default true in azurerm v3, and
// properties.publicNetworkAccess, "Enabled" when absent. Flexible servers:
// public_network_access_enabled and properties.network.publicNetworkAccess
// are judged only when set, since their default follows from whether the
// server is placed in a delegated subnet.
var PublicNetworkAccess = &lint.Check{
	ID:       "azure-postgres-public-network-access",
	Title:    "PostgreSQL server allows public network access",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A server with public access answers on an internet endpoint, with only its firewall rules and " +
		"passwords in the way. Private access (a delegated subnet or a private endpoint) keeps it reachable only " +
		"from its own networks.",
	Remediation: "Disable public access:\n\n" +
		"    resource \"azurerm_postgresql_flexible_server\" \"pg\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { network = { publicNetworkAccess = \"Disabled\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking",
		docSingle + "#public_network_access_enabled",
		docFlexible + "#public_network_access_enabled",
	},
	Resources: arm.TypesOf(Single, Flexible),
	Run:       servers.PublicNetworkAccess(),
}
