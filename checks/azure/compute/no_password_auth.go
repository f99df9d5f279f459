package compute

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPasswordAuth flags Linux machines and scale sets that accept password
// logins. azurerm_linux_virtual_machine and
// azurerm_linux_virtual_machine_scale_set default
// disable_password_authentication to true, and so does
// os_profile.linux_configuration of
// azurerm_orchestrated_virtual_machine_scale_set (azurerm v3 and v4); the
// legacy azurerm_virtual_machine requires it in os_profile_linux_config. In
// ARM (properties.osProfile.linuxConfiguration.disablePasswordAuthentication,
// under virtualMachineProfile for a scale set) only an explicit false is
// judged: the property's effect when absent depends on whether an admin
// password is given.
var NoPasswordAuth = &lint.Check{
	ID:       "azure-compute-no-password-auth",
	Title:    "Linux virtual machine allows password authentication",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "Passwords can be guessed, reused from other breaches and phished, and an SSH server that accepts " +
		"them is brute-forced as soon as it is reachable. SSH keys cannot be guessed and keep the secret off the " +
		"machine.",
	Remediation: "Log in with SSH keys only:\n\n" +
		"    resource \"azurerm_linux_virtual_machine\" \"vm\" {\n      disable_password_authentication = true\n" +
		"      admin_ssh_key {\n        username   = \"azureuser\"\n        public_key = file(\"~/.ssh/id_ed25519.pub\")\n      }\n    }\n\n" +
		"In an azapi_resource body: properties.osProfile.linuxConfiguration.disablePasswordAuthentication = true.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
		docLinuxVM + "#disable_password_authentication",
		docLinuxSS + "#disable_password_authentication",
		docLegacy + "#disable_password_authentication",
		docVMARM,
	},
	Resources: types(LinuxVM, LinuxVMSS, FlexVMSS, LegacyVM),
	Run: all(
		arm.Bool(LinuxVM, "disable_password_authentication", "properties.osProfile.linuxConfiguration.disablePasswordAuthentication",
			true, arm.Default{RM: true}, msgPassword),
		arm.Bool(LinuxVMSS, "disable_password_authentication", "properties.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication",
			true, arm.Default{RM: true}, msgPassword),
		arm.Bool(FlexVMSS, "os_profile.linux_configuration.disable_password_authentication", "", true, arm.Default{RM: true}, msgPassword),
		arm.Bool(LegacyVM, "os_profile_linux_config.disable_password_authentication", "", true, arm.Default{}, msgPassword),
	),
}

const msgPassword = "%[1]s allows SSH password authentication (disable_password_authentication is %[2]s)"
