package compute

import "github.com/tenantlint/tenantlint/lint"

// SecureBoot flags trusted launch machines and scale sets without Secure
// Boot: vtpm_enabled true with secure_boot_enabled false or absent (default
// false, azurerm v3 and v4), or in ARM a securityProfile.securityType of
// TrustedLaunch or ConfidentialVM without
// securityProfile.uefiSettings.secureBootEnabled true (false when absent).
// See trustedLaunch.
var SecureBoot = &lint.Check{
	ID:       "azure-compute-secure-boot",
	Title:    "Trusted launch virtual machine has Secure Boot off",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "Secure Boot lets only signed boot loaders, kernels and drivers start, which stops boot kits and " +
		"rootkits from loading beneath the operating system. A trusted launch machine without it keeps the " +
		"vTPM but lets unsigned boot code run.",
	Remediation: "Turn Secure Boot on with the vTPM:\n\n" +
		"    resource \"azurerm_linux_virtual_machine\" \"vm\" {\n      secure_boot_enabled = true\n      vtpm_enabled        = true\n    }\n\n" +
		"In an azapi_resource body: properties.securityProfile = { securityType = \"TrustedLaunch\", " +
		"uefiSettings = { secureBootEnabled = true, vTpmEnabled = true } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/trusted-launch",
		docLinuxVM + "#secure_boot_enabled",
		docWinVM + "#secure_boot_enabled",
		docLinuxSS + "#secure_boot_enabled",
		docVMARM,
		docVMSSARM,
	},
	Resources: types(VM, VMSS),
	Run: all(
		trustedLaunch(VM, "properties", "secure_boot_enabled", "vtpm_enabled", "secureBootEnabled", msgSecureBoot),
		trustedLaunch(VMSS, "properties.virtualMachineProfile", "secure_boot_enabled", "vtpm_enabled", "secureBootEnabled", msgSecureBoot),
	),
}

const msgSecureBoot = "%s uses trusted launch (%s) with Secure Boot off"
