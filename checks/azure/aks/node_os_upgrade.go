package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NodeOSUpgrade flags clusters whose nodes get no operating system security
// updates. It reads node_os_upgrade_channel (azurerm v4;
// node_os_channel_upgrade in v3) and
// properties.autoUpgradeProfile.nodeOSUpgradeChannel of
// Microsoft.ContainerService/managedClusters. Only "None" is a finding:
// "Unmanaged" leaves updates to the OS's own mechanism, and an absent
// channel is left to the service (NodeImage in azurerm v4 and current API
// versions), so absence is never judged.
var NodeOSUpgrade = &lint.Check{
	ID:       "azure-aks-node-os-upgrade",
	Title:    "AKS nodes get no operating system security updates",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "The node OS upgrade channel decides how the nodes' operating system receives security patches. " +
		"With the channel None, nodes keep the kernel and packages they were created with until someone reimages " +
		"them, so published vulnerabilities stay open on every node.",
	Remediation: "Choose a channel that patches the nodes (azurerm v4; node_os_channel_upgrade in v3):\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      node_os_upgrade_channel = \"NodeImage\"\n    }\n\n" +
		"In an azapi_resource body: properties = { autoUpgradeProfile = { nodeOSUpgradeChannel = \"NodeImage\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/auto-upgrade-node-os-image",
		docCluster + "#node_os_upgrade_channel",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: arm.OneOf(Cluster, "node_os_upgrade_channel|node_os_channel_upgrade", "properties.autoUpgradeProfile.nodeOSUpgradeChannel",
		[]string{"NodeImage", "SecurityPatch", "Unmanaged"}, arm.Default{},
		"AKS cluster %[1]s gives its nodes no OS security updates (node OS upgrade channel %[2]s)"),
}
