package mysql

import "github.com/tenantlint/tenantlint/lint"

// MinTLS flags single servers that accept TLS below 1.2. It reads
// ssl_minimal_tls_version_enforced, default "TLS1_2" in azurerm v3 (the
// resource is gone from v4), and properties.minimalTlsVersion of
// Microsoft.DBforMySQL/servers, not judged when absent
// ("TLSEnforcementDisabled" is the service default).
var MinTLS = &lint.Check{
	ID:       "azure-mysql-min-tls",
	Title:    "MySQL server accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses. A server that accepts them, or enforces no minimum, " +
		"lets a downgraded connection carry credentials and data unprotected.",
	Remediation: "Require TLS 1.2:\n\n" +
		"    resource \"azurerm_mysql_server\" \"my\" {\n      ssl_minimal_tls_version_enforced = \"TLS1_2\"\n    }\n\n" +
		"In an azapi_resource body: properties = { minimalTlsVersion = \"TLS1_2\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/mysql/single-server/how-to-tls-configurations",
		docSingle + "#ssl_minimal_tls_version_enforced",
		docARM + "servers",
	},
	Resources: Single.Types(),
	Run:       servers.MinTLS(),
}
