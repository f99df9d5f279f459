// Package monitor holds the checks for Azure Monitor: activity log alerts,
// diagnostic settings and Log Analytics workspaces, in both forms (azurerm
// and AzAPI, see checks/azure/arm).
package monitor

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Workspace is a Log Analytics workspace.
	Workspace = arm.Kind{AzureRM: []string{"azurerm_log_analytics_workspace"}, ARM: "Microsoft.OperationalInsights/workspaces"}
	// ActivityLogAlert is an alert rule on the subscription's activity log.
	ActivityLogAlert = arm.Kind{AzureRM: []string{"azurerm_monitor_activity_log_alert"}, ARM: "Microsoft.Insights/activityLogAlerts"}
)

const docDiagnostic = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting"
