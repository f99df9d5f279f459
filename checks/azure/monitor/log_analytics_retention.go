package monitor

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LogAnalyticsRetention flags Log Analytics workspaces that keep data for
// fewer than 90 days. It reads retention_in_days, which the service sets to
// 30 when absent (azurerm v3 and v4), and properties.retentionInDays of
// Microsoft.OperationalInsights/workspaces, 30 when absent.
var LogAnalyticsRetention = &lint.Check{
	ID:       "azure-monitor-log-analytics-retention",
	Title:    "Log Analytics workspace keeps logs for fewer than 90 days",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Intrusions are often found weeks after they begin. A workspace that drops data after the default " +
		"30 days loses the sign-ins, activity and resource logs an investigation needs to find how an attacker got " +
		"in and what they touched.",
	Remediation: "Keep data for at least 90 days:\n\n" +
		"    resource \"azurerm_log_analytics_workspace\" \"law\" {\n      retention_in_days = 90\n    }\n\n" +
		"In an azapi_resource body: properties = { retentionInDays = 90 }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/log_analytics_workspace#retention_in_days",
		"https://learn.microsoft.com/azure/templates/microsoft.operationalinsights/workspaces",
	},
	Resources: Workspace.Types(),
	Run: arm.AtLeast(Workspace, "retention_in_days", "properties.retentionInDays", 90,
		arm.Default{RM: 30, ARM: 30},
		"Log Analytics workspace %[1]s keeps data for %[2]s days (fewer than %[3]s)"),
}
