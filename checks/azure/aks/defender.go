package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"strconv"
)

// Defender flags clusters without the Microsoft Defender for Containers
// sensor. It reads the microsoft_defender block (absent: no sensor, azurerm
// v3 and v4) and properties.securityProfile.defender.securityMonitoring.enabled
// of Microsoft.ContainerService/managedClusters, off when absent.
var Defender = &lint.Check{
	ID:       "azure-aks-defender",
	Title:    "AKS cluster does not run the Defender for Containers sensor",
	Severity: lint.Medium,
	Domain:   lint.Response,
	Model:    lint.PaaS,
	Description: "The Defender sensor watches the nodes and the Kubernetes audit stream for attacks at run time: " +
		"crypto miners, container escapes, suspicious API calls. Without it a compromise of a workload or of the " +
		"cluster raises no alert.",
	Remediation: "Turn the Defender sensor on:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      microsoft_defender {\n" +
		"        log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { securityProfile = { defender = { securityMonitoring = { enabled = true } } } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction",
		docCluster + "#microsoft_defender",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.securityProfile.defender", func(p *lint.Pass, v arm.View) {
		if v.ARM {
			a := v.Attr("", "properties.securityProfile.defender.securityMonitoring.enabled")
			if a.Null() && v.Patch {
				return
			}
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "AKS cluster %s does not enable Defender security monitoring (%s)", v.R.Address, strconv.FormatBool(on))
			}
			return
		}
		if !v.R.Block("microsoft_defender").Exists() {
			p.Reportf(v.R, "AKS cluster %s has no microsoft_defender block: no Defender for Containers sensor", v.R.Address)
		}
	}),
}
