package sql

import (
	"strconv"

	"github.com/tenantlint/tenantlint/lint"
)

// minAuditDays is the retention CIS asks of SQL audit logs.
const minAuditDays = 90

// AuditingRetention flags auditing policies that keep audit logs less than
// 90 days. It reads retention_in_days of
// azurerm_mssql_server_extended_auditing_policy and properties.retentionDays
// of Microsoft.Sql/servers/auditingSettings; 0, the default in azurerm v3
// and v4 and in ARM, keeps them without limit.
var AuditingRetention = &lint.Check{
	ID:       "azure-sql-auditing-retention",
	Title:    "Azure SQL audit logs are kept less than 90 days",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Breaches are often found weeks after they began. Audit records deleted after a few days leave " +
		"nothing to investigate; keeping them at least 90 days (or without limit, 0) covers the usual detection window.",
	Remediation: "Keep audit logs 90 days or more (0 keeps them without limit):\n\n" +
		"    resource \"azurerm_mssql_server_extended_auditing_policy\" \"sql\" {\n      retention_in_days = 90\n    }\n\n" +
		"In an azapi_resource body: properties = { retentionDays = 90 }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/auditing-overview",
		docRM + "mssql_server_extended_auditing_policy#retention_in_days",
		docARM + "/auditingsettings",
	},
	Resources: Auditing.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Auditing.Views(p) {
			if Auditing.Patched(p.Module, v, "properties.retentionDays") {
				continue
			}
			a := v.Attr("retention_in_days", "properties.retentionDays")
			if n, ok := a.IntOr(0); ok && n > 0 && n < minAuditDays {
				p.Reportf(a, "Azure SQL auditing policy %s keeps audit logs %s days (below %s; 0 means no limit)",
					v.R.Address, strconv.FormatInt(n, 10), strconv.Itoa(minAuditDays))
			}
		}
	},
}
