package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// DiskEncryptionSet flags clusters whose node disks are encrypted with
// platform-managed keys only. It reads disk_encryption_set_id (no default in
// azurerm v3 and v4: platform keys) and properties.diskEncryptionSetID of
// Microsoft.ContainerService/managedClusters (absent: platform keys).
var DiskEncryptionSet = &lint.Check{
	ID:       "azure-aks-disk-encryption-set",
	Title:    "AKS node disks are not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Node OS and data disks are encrypted at rest with keys Microsoft manages unless the cluster names a " +
		"disk encryption set. A customer-managed key in Key Vault lets the organisation rotate, audit and revoke " +
		"the key, which some regulations require.",
	Remediation: "Name a disk encryption set backed by a Key Vault key:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      disk_encryption_set_id = azurerm_disk_encryption_set.aks.id\n    }\n\n" +
		"In an azapi_resource body: properties = { diskEncryptionSetID = \"<id>\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys",
		docCluster + "#disk_encryption_set_id",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.diskEncryptionSetID", func(p *lint.Pass, v arm.View) {
		a := v.Attr("disk_encryption_set_id", "properties.diskEncryptionSetID")
		if !a.Null() {
			if s, ok := a.StringOr(""); ok && s == "" {
				p.Reportf(a, "AKS cluster %s has an empty disk encryption set", v.R.Address)
			}
			return
		}
		if v.Patch {
			return
		}
		p.Reportf(a, "AKS cluster %s names no disk encryption set: node disks use platform-managed keys", v.R.Address)
	}),
}
