package aks

import "github.com/tenantlint/tenantlint/lint"

// HostEncryption flags node pools whose VMs do not encrypt at the host:
// temporary disks, caches and the data flowing to managed disks. It reads
// host_encryption_enabled (azurerm v4; enable_host_encryption in v3) of
// default_node_pool and of azurerm_kubernetes_cluster_node_pool, default
// false in v3 and v4, and enableEncryptionAtHost of an agent pool profile,
// false when absent.
var HostEncryption = &lint.Check{
	ID:       "azure-aks-host-encryption",
	Title:    "AKS node pool does not encrypt at the host",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Managed disks are encrypted at rest by the storage service, but the node's temporary disk, its " +
		"OS and data disk caches and ephemeral OS disks are not unless encryption at host is on. Secrets and " +
		"container data written to them stay readable on the host's hardware.",
	Remediation: "Encrypt at the host on every pool (azurerm v4; enable_host_encryption in v3):\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      default_node_pool {\n        host_encryption_enabled = true\n      }\n    }\n\n" +
		"and on azurerm_kubernetes_cluster_node_pool. In an azapi body: enableEncryptionAtHost = true in each agent pool profile.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/enable-host-encryption",
		docCluster + "#host_encryption_enabled",
		docNodePool + "#host_encryption_enabled",
		docPoolARM,
	},
	Resources: poolTypes,
	Run: poolSetting{arg: "host_encryption_enabled|enable_host_encryption", prop: "enableEncryptionAtHost",
		bad: func(on bool) bool { return !on }}.run("The %s does not encrypt at the host (%s)"),
}
