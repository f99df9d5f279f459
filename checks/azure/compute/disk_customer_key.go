package compute

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// DiskCustomerKey flags managed disks and machine OS disks encrypted only
// with platform-managed keys: no disk_encryption_set_id (nor
// secure_vm_disk_encryption_set_id) on azurerm_managed_disk or the os_disk
// block of the Linux and Windows machines (azurerm v3 and v4, where absence
// means platform-managed keys), and in ARM no
// properties.encryption.diskEncryptionSetId and no customer-key
// properties.encryption.type on Microsoft.Compute/disks, no
// managedDisk.diskEncryptionSet.id on the osDisk of a virtual machine (an
// absent osDisk is created from the image with platform-managed keys; a VHD
// disk is left to azure-compute-no-unmanaged-disks). A
// patch judges only what it sets.
var DiskCustomerKey = &lint.Check{
	ID:       "azure-compute-disk-customer-key",
	Title:    "Disk is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "With platform-managed keys Microsoft holds the keys of the disk's encryption, and revoking access " +
		"to the data means deleting it. A customer-managed key in a disk encryption set lets the organization " +
		"rotate the key, audit its use in Key Vault and cut access by disabling it, as CIS and many regulations ask.",
	Remediation: "Encrypt with a disk encryption set:\n\n" +
		"    resource \"azurerm_managed_disk\" \"data\" {\n" +
		"      disk_encryption_set_id = azurerm_disk_encryption_set.des.id\n    }\n\n" +
		"(os_disk { disk_encryption_set_id = ... } on a machine; in an azapi_resource body " +
		"properties.encryption.diskEncryptionSetId).",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/disk-encryption#customer-managed-keys",
		docDisk + "#disk_encryption_set_id",
		docLinuxVM + "#disk_encryption_set_id",
		docDiskARM,
		docVMARM,
	},
	Resources: types(Disk, VM),
	Run: func(p *lint.Pass) {
		for _, v := range Disk.Views(p) {
			if v.ARM {
				set := v.Attr("", "properties.encryption.diskEncryptionSetId")
				typ := v.Attr("", "properties.encryption.type")
				if v.Patch || Disk.Patched(p.Module, v, "properties.encryption") || !set.Null() {
					continue
				}
				if s, ok := typ.StringOr(""); !ok || strings.Contains(strings.ToLower(s), "customerkey") {
					continue
				}
				p.Reportf(set, "Managed disk %s is encrypted with platform-managed keys only", v.R.Address)
				continue
			}
			judgeKey(p, v.R, v.R.Body, "Managed disk")
		}
		for _, v := range VM.Views(p) {
			if v.ARM {
				osDisk := v.Attr("", "properties.storageProfile.osDisk")
				if v.Patch || VM.Patched(p.Module, v, "properties.storageProfile") {
					continue
				}
				set := arm.Field(arm.Field(arm.Field(osDisk, "managedDisk"), "diskEncryptionSet"), "id")
				if set.Null() && arm.Field(osDisk, "vhd").Null() {
					p.Reportf(set, "The OS disk of %s is encrypted with platform-managed keys only", v.R.Address)
				}
				continue
			}
			judgeKey(p, v.R, v.R.Block("os_disk"), "The OS disk of")
		}
	},
}

// judgeKey reports an azurerm disk (or os_disk block) with neither
// encryption set argument.
func judgeKey(p *lint.Pass, r *lint.Resource, b *lint.Block, what string) {
	if !b.Exists() {
		return
	}
	set := b.Attr("disk_encryption_set_id")
	if !set.Null() || !b.Attr("secure_vm_disk_encryption_set_id").Null() {
		return
	}
	at := lint.Subject(b)
	if b == r.Body {
		at = r
	}
	p.Reportf(at, what+" %s is encrypted with platform-managed keys only", r.Address)
}
