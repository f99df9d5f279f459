package network

import (
	"github.com/tenantlint/tenantlint/lint"
)

// minRetention is the shortest flow log retention accepted, in days (CIS
// Microsoft Azure Foundations: 90 days or more).
const minRetention = 90

// FlowLogRetention flags flow logs that delete their records before 90
// days: a retention policy that is enabled with days between 1 and 89
// (retention_policy of azurerm_network_watcher_flow_log, whose enabled and
// days are required in azurerm v3 and v4; properties.retentionPolicy in
// ARM, disabled when absent). A disabled policy or 0 days keeps the records
// for ever, so it is not a finding.
var FlowLogRetention = &lint.Check{
	ID:       "azure-network-flow-log-retention",
	Title:    "Flow log keeps records for less than 90 days",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "Intrusions are often found weeks after they began. Flow logs deleted after a few days cannot " +
		"show where an attacker came from, which machines they reached or how much they sent out, when the " +
		"investigation finally needs them.",
	Remediation: "Keep the records for at least 90 days:\n\n" +
		"    retention_policy {\n      enabled = true\n      days    = 90\n    }\n\n" +
		"In an azapi_resource body: properties.retentionPolicy = { enabled = true, days = 90 }.",
	Links: []string{
		"https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview",
		docRM + "network_watcher_flow_log#retention_policy",
		docARM + "networkwatchers/flowlogs",
	},
	Resources: FlowLog.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range FlowLog.Views(p) {
			if FlowLog.Patched(p.Module, v, "properties.retentionPolicy") {
				continue
			}
			on, ok := v.Attr("retention_policy.enabled", "properties.retentionPolicy.enabled").BoolOr(false)
			days := v.Attr("retention_policy.days", "properties.retentionPolicy.days")
			n, known := days.IntOr(0)
			if !ok || !on || !known || n <= 0 || n >= minRetention {
				continue
			}
			p.Reportf(days, "Flow log %s keeps its records for %d days (fewer than %d)", v.R.Address, n, minRetention)
		}
	},
}
