package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// AlertPolicy flags security alert (threat detection) policies that are off
// or switch alerts off. state is required in azurerm v3 and v4 and
// properties.state has no ARM default, so an absent state is not judged;
// disabled_alerts and properties.disabledAlerts are empty when absent.
var AlertPolicy = &lint.Check{
	ID:       "azure-sql-alert-policy",
	Title:    "Azure SQL threat detection is off or silences alerts",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Threat detection raises alerts on SQL injection, anomalous logins and data exfiltration. A policy " +
		"that is disabled, or that lists alert types as disabled, leaves those attacks unreported.",
	Remediation: "Enable the policy with every alert type:\n\n" +
		"    resource \"azurerm_mssql_server_security_alert_policy\" \"sql\" {\n      state           = \"Enabled\"\n" +
		"      disabled_alerts = []\n    }\n\n" +
		"In an azapi_resource body: properties = { state = \"Enabled\", disabledAlerts = [] }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview",
		docRM + "mssql_server_security_alert_policy",
		docARM + "/securityalertpolicies",
	},
	Resources: AlertSettings.Types(),
	Run: func(p *lint.Pass) {
		arm.OneOf(AlertSettings, "state", "properties.state", []string{"Enabled"}, arm.Default{},
			"Azure SQL security alert policy %[1]s is not enabled (state %[2]s)")(p)
		for _, v := range AlertSettings.Views(p) {
			if AlertSettings.Patched(p.Module, v, "properties.disabledAlerts") {
				continue
			}
			a := v.Attr("disabled_alerts", "properties.disabledAlerts")
			for _, s := range a.Strings() {
				if s != "" {
					p.Reportf(a, "Azure SQL security alert policy %s disables alerts (%s)", v.R.Address, a.Display())
					break
				}
			}
		}
	},
}
