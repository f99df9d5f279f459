package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"strconv"
)

// ContainerInsights flags clusters that send no container logs and metrics
// to Azure Monitor. It reads the oms_agent block (absent: no agent, azurerm
// v3 and v4) and properties.addonProfiles.omsagent.enabled of
// Microsoft.ContainerService/managedClusters, off when absent.
var ContainerInsights = &lint.Check{
	ID:       "azure-aks-container-insights",
	Title:    "AKS cluster does not send container logs to Azure Monitor",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Container Insights (the monitoring agent add-on) collects container logs, node and pod metrics " +
		"and Kubernetes events into a Log Analytics workspace. Without it container output lives only on the " +
		"nodes and disappears with them, leaving nothing to investigate an incident with.",
	Remediation: "Enable the monitoring agent:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      oms_agent {\n" +
		"        log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { addonProfiles = { omsagent = { enabled = true } } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview",
		docCluster + "#oms_agent",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.addonProfiles.omsagent", func(p *lint.Pass, v arm.View) {
		if v.ARM {
			a := addon(v, "omsagent")
			if a.Null() && v.Patch {
				return
			}
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "AKS cluster %s does not enable the monitoring agent add-on (%s)", v.R.Address, strconv.FormatBool(on))
			}
			return
		}
		if !v.R.Block("oms_agent").Exists() {
			p.Reportf(v.R, "AKS cluster %s has no oms_agent block: container logs are not collected", v.R.Address)
		}
	}),
}
