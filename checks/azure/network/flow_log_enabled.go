package network

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// FlowLogEnabled flags Network Watcher flow logs that are switched off:
// enabled = false on azurerm_network_watcher_flow_log, or
// properties.enabled false on an AzAPI flowLogs. enabled is required in
// azurerm v3 and its default is not relied on in v4, nor is ARM's, so an
// absent switch is not judged.
var FlowLogEnabled = &lint.Check{
	ID:       "azure-network-flow-log-enabled",
	Title:    "Network Watcher flow log is disabled",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "Flow logs record which addresses talked to which, on what port, and whether the NSG allowed " +
		"it. A flow log that is declared but disabled records nothing, so lateral movement, exfiltration and " +
		"scans of the network leave no trace to investigate.",
	Remediation: "Enable the flow log:\n\n" +
		"    resource \"azurerm_network_watcher_flow_log\" \"nsg\" {\n      enabled = true\n      # ...\n    }\n\n" +
		"In an azapi_resource body: properties.enabled = true.",
	Links: []string{
		"https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview",
		docRM + "network_watcher_flow_log#enabled",
		docARM + "networkwatchers/flowlogs",
	},
	Resources: FlowLog.Types(),
	Run: arm.Bool(FlowLog, "enabled", "properties.enabled", true, arm.Default{},
		"Flow log %[1]s is disabled (enabled is %[2]s)"),
}
