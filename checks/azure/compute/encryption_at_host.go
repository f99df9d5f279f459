package compute

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptionAtHost flags machines and scale sets without encryption at
// host. encryption_at_host_enabled defaults to false on the Linux and
// Windows machines and scale sets and the orchestrated scale set (azurerm
// v3 and v4); ARM's properties.securityProfile.encryptionAtHost
// (properties.virtualMachineProfile.securityProfile.encryptionAtHost for a
// scale set) is false when absent, in every API version. The legacy
// azurerm_virtual_machine cannot set it and is not judged.
var EncryptionAtHost = &lint.Check{
	ID:       "azure-compute-encryption-at-host",
	Title:    "Virtual machine does not use encryption at host",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "Server-side encryption protects disks at rest in storage, but the temporary disk and the disk " +
		"caches on the host are not covered by it. Encryption at host encrypts them too, and the data flowing " +
		"from the host to storage, so no copy of the machine's data lies unencrypted on shared hardware.",
	Remediation: "Enable it (the subscription must register the EncryptionAtHost feature):\n\n" +
		"    resource \"azurerm_linux_virtual_machine\" \"vm\" {\n      encryption_at_host_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties.securityProfile.encryptionAtHost = true.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data",
		docLinuxVM + "#encryption_at_host_enabled",
		docWinVM + "#encryption_at_host_enabled",
		docLinuxSS + "#encryption_at_host_enabled",
		docVMARM,
		docVMSSARM,
	},
	Resources: types(VM, VMSS, FlexVMSS),
	Run: all(
		arm.Bool(VM, "encryption_at_host_enabled", "properties.securityProfile.encryptionAtHost", true,
			arm.Default{RM: false, ARM: false}, msgHost),
		arm.Bool(VMSS, "encryption_at_host_enabled", "properties.virtualMachineProfile.securityProfile.encryptionAtHost", true,
			arm.Default{RM: false, ARM: false}, msgHost),
		arm.Bool(FlexVMSS, "encryption_at_host_enabled", "", true, arm.Default{RM: false}, msgHost),
	),
}

const msgHost = "%[1]s does not encrypt its temporary disk and caches at the host (encryption at host is %[2]s)"
