package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// AutoUpgrade flags clusters without an automatic upgrade channel. It reads
// automatic_upgrade_channel (azurerm v4; automatic_channel_upgrade in v3),
// absent meaning no automatic upgrades in v3 and v4, and
// properties.autoUpgradeProfile.upgradeChannel of
// Microsoft.ContainerService/managedClusters, "none" when absent.
var AutoUpgrade = &lint.Check{
	ID:       "azure-aks-auto-upgrade",
	Title:    "AKS cluster has no automatic upgrade channel",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Kubernetes versions leave AKS support about a year after release, and patch releases carry security " +
		"fixes. A cluster without an automatic upgrade channel stays on whatever version it was created with until " +
		"someone upgrades it by hand, which in practice means running unpatched and eventually unsupported.",
	Remediation: "Choose an upgrade channel (azurerm v4; automatic_channel_upgrade in v3):\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      automatic_upgrade_channel = \"patch\"\n    }\n\n" +
		"In an azapi_resource body: properties = { autoUpgradeProfile = { upgradeChannel = \"patch\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/auto-upgrade-cluster",
		docCluster + "#automatic_upgrade_channel",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: arm.OneOf(Cluster, "automatic_upgrade_channel|automatic_channel_upgrade", "properties.autoUpgradeProfile.upgradeChannel",
		[]string{"patch", "rapid", "stable", "node-image"},
		arm.Default{RM: "none", ARM: "none"},
		"AKS cluster %[1]s is not upgraded automatically (upgrade channel %[2]s)"),
}
