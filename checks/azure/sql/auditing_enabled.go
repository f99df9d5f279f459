package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// AuditingEnabled flags server auditing policies that switch auditing off.
// It reads enabled of azurerm_mssql_server_extended_auditing_policy, default
// true in azurerm v3 and v4, and properties.state of
// Microsoft.Sql/servers/auditingSettings, which ARM requires (absent is not
// judged).
var AuditingEnabled = &lint.Check{
	ID:       "azure-sql-auditing-enabled",
	Title:    "Azure SQL server auditing is disabled",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Server auditing records logins, queries and permission changes for every database on the server. " +
		"With it off there is no trail to detect misuse or to investigate a breach.",
	Remediation: "Keep the auditing policy enabled:\n\n" +
		"    resource \"azurerm_mssql_server_extended_auditing_policy\" \"sql\" {\n      server_id         = azurerm_mssql_server.sql.id\n" +
		"      enabled           = true\n      retention_in_days = 90\n    }\n\n" +
		"In an azapi_resource body: properties = { state = \"Enabled\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/auditing-overview",
		docRM + "mssql_server_extended_auditing_policy#enabled",
		docARM + "/auditingsettings",
	},
	Resources: Auditing.Types(),
	Run: arm.Toggle(Auditing, "enabled", "properties.state", true, arm.Default{RM: true},
		"Azure SQL auditing policy %[1]s disables auditing (%[2]s)"),
}
