package mysql

import "github.com/tenantlint/tenantlint/lint"

// SSLEnforced flags single servers that accept connections without TLS. It
// reads ssl_enforcement_enabled, which azurerm v3 requires (the resource is
// gone from v4), and properties.sslEnforcement of
// Microsoft.DBforMySQL/servers; an absent one is not judged. Flexible
// servers have no such switch (require_secure_transport, on by default).
var SSLEnforced = &lint.Check{
	ID:       "azure-mysql-ssl-enforced",
	Title:    "MySQL server accepts connections without TLS",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without SSL enforcement clients may connect in clear text, sending passwords and query results " +
		"readable and changeable by anyone on the network path.",
	Remediation: "Enforce SSL:\n\n" +
		"    resource \"azurerm_mysql_server\" \"my\" {\n      ssl_enforcement_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { sslEnforcement = \"Enabled\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/mysql/single-server/concepts-ssl-connection-security",
		docSingle + "#ssl_enforcement_enabled",
		docARM + "servers",
	},
	Resources: Single.Types(),
	Run:       servers.SSLEnforced(),
}
