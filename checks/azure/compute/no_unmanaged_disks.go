package compute

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NoUnmanagedDisks flags machines whose disks are VHD blobs in a storage
// account instead of managed disks: vhd_uri in storage_os_disk or a
// storage_data_disk of the legacy azurerm_virtual_machine (azurerm v3, v4;
// the current machine resources cannot use them), or
// properties.storageProfile.osDisk.vhd.uri or a dataDisks item's vhd.uri in
// ARM. An absent vhd_uri means a managed disk.
var NoUnmanagedDisks = &lint.Check{
	ID:       "azure-compute-no-unmanaged-disks",
	Title:    "Virtual machine uses unmanaged (VHD blob) disks",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "An unmanaged disk is a page blob in a storage account: whoever holds the account's keys or a SAS " +
		"can copy the whole disk, it gets none of the managed disks' access policies, customer-managed key or " +
		"encryption at host, and Microsoft retires unmanaged disks altogether.",
	Remediation: "Use managed disks (leave vhd_uri out, set managed_disk_type), or move to " +
		"azurerm_linux_virtual_machine / azurerm_windows_virtual_machine:\n\n" +
		"    storage_os_disk {\n      name              = \"osdisk\"\n      create_option     = \"FromImage\"\n" +
		"      managed_disk_type = \"Premium_LRS\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/unmanaged-disks-deprecation",
		docLegacy + "#vhd_uri",
		docVMARM,
	},
	Resources: types(LegacyVM, VM),
	Run: func(p *lint.Pass) {
		for _, v := range LegacyVM.Views(p) {
			for _, b := range append(v.R.Blocks("storage_os_disk"), v.R.Blocks("storage_data_disk")...) {
				reportVHD(p, v.R, b.Attr("vhd_uri"))
			}
		}
		for _, v := range VM.Views(p) {
			if !v.ARM {
				continue
			}
			reportVHD(p, v.R, arm.Field(v.Attr("", "properties.storageProfile.osDisk.vhd"), "uri"))
			for _, d := range v.Attr("", "properties.storageProfile.dataDisks").Elements() {
				reportVHD(p, v.R, arm.Field(arm.Field(d, "vhd"), "uri"))
			}
		}
	},
}

// reportVHD reports a known, non-empty VHD URI.
func reportVHD(p *lint.Pass, r *lint.Resource, a lint.Attr) {
	if s, ok := a.StringOr(""); ok && s != "" {
		p.Reportf(a, "%s keeps a disk as an unmanaged VHD blob", r.Address)
	}
}
