package compute

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// DiskNetworkAccess flags managed disks that can be exported or imported
// from any network: network_access_policy AllowAll (the default in azurerm
// v3 and v4) with public_network_access_enabled true (the default in
// azurerm v3 and v4), or in ARM properties.networkAccessPolicy AllowAll
// (the default when absent) with properties.publicNetworkAccess Enabled (the
// default when absent). A patch judges only what it sets.
var DiskNetworkAccess = &lint.Check{
	ID:       "azure-compute-disk-network-access",
	Title:    "Managed disk can be exported from any network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "A disk open to all networks hands out export SAS URLs that work from anywhere: anyone who " +
		"obtains one can download the whole disk, with its data and credentials. Denying access, or allowing " +
		"it only through a disk access resource over Private Link, keeps exports inside the private network.",
	Remediation: "Deny export, or allow it only over a private endpoint:\n\n" +
		"    resource \"azurerm_managed_disk\" \"data\" {\n      network_access_policy         = \"DenyAll\"\n" +
		"      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { networkAccessPolicy = \"DenyAll\", publicNetworkAccess = \"Disabled\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/disks-restrict-import-export-overview",
		docDisk + "#network_access_policy",
		docDisk + "#public_network_access_enabled",
		docDiskARM,
	},
	Resources: Disk.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Disk.Views(p) {
			if Disk.Patched(p.Module, v, "properties.networkAccessPolicy") || Disk.Patched(p.Module, v, "properties.publicNetworkAccess") {
				continue // judged at the patch
			}
			policy := v.Attr("network_access_policy", "properties.networkAccessPolicy")
			public := v.Attr("public_network_access_enabled", "properties.publicNetworkAccess")
			if v.Patch && (policy.Null() || public.Null()) {
				continue // the other half is set where the disk is created
			}
			if diskOpen(v, policy, public) {
				p.Reportf(policy, "Managed disk %s allows export and import from any network (network access policy AllowAll)", v.R.Address)
			}
		}
	},
}

// diskOpen says whether the known policy and public access, or their
// defaults, open the disk to every network.
func diskOpen(v arm.View, policy, public lint.Attr) bool {
	pol, ok := policy.StringOr("AllowAll")
	if !ok || !strings.EqualFold(pol, "AllowAll") {
		return false
	}
	if v.ARM {
		s, known := public.StringOr("Enabled")
		return known && strings.EqualFold(s, "Enabled")
	}
	on, known := public.BoolOr(true)
	return known && on
}
