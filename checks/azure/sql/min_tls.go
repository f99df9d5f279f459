package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// MinTLS flags servers that accept TLS below 1.2. It reads
// minimum_tls_version of azurerm_mssql_server, default "1.2" in azurerm v3
// and v4, and properties.minimalTlsVersion of Microsoft.Sql/servers; an
// absent ARM property is not judged (older API versions leave the server
// without a minimum, newer ones apply the service's own).
var MinTLS = &lint.Check{
	ID:       "azure-sql-min-tls",
	Title:    "Azure SQL server accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses. A server that accepts them lets a client, or an attacker " +
		"downgrading the connection, send credentials and query results over a protocol that no longer " +
		"protects them.",
	Remediation: "Require TLS 1.2:\n\n" +
		"    resource \"azurerm_mssql_server\" \"sql\" {\n      minimum_tls_version = \"1.2\"\n    }\n\n" +
		"In an azapi_resource body: properties = { minimalTlsVersion = \"1.2\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
		docServer + "#minimum_tls_version",
		docARM,
	},
	Resources: MSSQLServer.Types(),
	Run: arm.OneOf(MSSQLServer, "minimum_tls_version", "properties.minimalTlsVersion", []string{"1.2", "1.3"},
		arm.Default{RM: "1.2"},
		"Azure SQL server %[1]s accepts TLS versions from %[2]s (below 1.2)"),
}
