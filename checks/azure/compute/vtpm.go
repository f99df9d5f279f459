package compute

import "github.com/tenantlint/tenantlint/lint"

// VTPM flags trusted launch machines and scale sets without a virtual TPM:
// secure_boot_enabled true with vtpm_enabled false or absent (default false,
// azurerm v3 and v4), or in ARM a securityProfile.securityType of
// TrustedLaunch or ConfidentialVM without
// securityProfile.uefiSettings.vTpmEnabled true (false when absent). See
// trustedLaunch.
var VTPM = &lint.Check{
	ID:       "azure-compute-vtpm",
	Title:    "Trusted launch virtual machine has no vTPM",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "The virtual TPM measures the boot chain so that boot integrity monitoring and remote attestation " +
		"can tell a tampered machine from a healthy one, and it protects keys such as BitLocker's. Without it a " +
		"compromised boot goes unnoticed.",
	Remediation: "Enable the vTPM with Secure Boot:\n\n" +
		"    resource \"azurerm_windows_virtual_machine\" \"vm\" {\n      secure_boot_enabled = true\n      vtpm_enabled        = true\n    }\n\n" +
		"In an azapi_resource body: properties.securityProfile.uefiSettings.vTpmEnabled = true.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/trusted-launch",
		docLinuxVM + "#vtpm_enabled",
		docWinVM + "#vtpm_enabled",
		docLinuxSS + "#vtpm_enabled",
		docVMARM,
		docVMSSARM,
	},
	Resources: types(VM, VMSS),
	Run: all(
		trustedLaunch(VM, "properties", "vtpm_enabled", "secure_boot_enabled", "vTpmEnabled", msgVTPM),
		trustedLaunch(VMSS, "properties.virtualMachineProfile", "vtpm_enabled", "secure_boot_enabled", "vTpmEnabled", msgVTPM),
	),
}

const msgVTPM = "%s uses trusted launch (%s) without a vTPM"
