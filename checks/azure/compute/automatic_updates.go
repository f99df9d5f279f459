package compute

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// The kinds of the Windows update checks.
var (
	// WindowsVM is a Windows machine; the ARM type holds both systems, told
	// apart by osProfile.windowsConfiguration.
	WindowsVM = arm.Kind{AzureRM: []string{"azurerm_windows_virtual_machine"}, ARM: "Microsoft.Compute/virtualMachines"}
	// WindowsVMSS is a Windows scale set in azurerm.
	WindowsVMSS = arm.Kind{AzureRM: []string{"azurerm_windows_virtual_machine_scale_set"}, ARM: "Microsoft.Compute/virtualMachineScaleSets"}
)

// AutomaticUpdates flags Windows machines and scale sets that do not install
// updates automatically: automatic_updates_enabled (azurerm v4; named
// enable_automatic_updates in v3) false, default true, or patch_mode Manual
// (default AutomaticByOS, azurerm v3 and v4) on the Windows machine and
// scale set; enable_automatic_upgrades absent or false in the
// os_profile_windows_config of the legacy azurerm_virtual_machine (default
// false); and in ARM osProfile.windowsConfiguration.enableAutomaticUpdates
// false (true when absent) or patchSettings.patchMode Manual (under
// virtualMachineProfile for a scale set). Linux machines, whose updates
// follow the image by default, are not judged.
var AutomaticUpdates = &lint.Check{
	ID:       "azure-compute-automatic-updates",
	Title:    "Windows virtual machine does not install updates automatically",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "Most compromises of Windows machines use vulnerabilities whose patches were published weeks or " +
		"months before. A machine with automatic updates off, or in manual patch mode, stays exposed until " +
		"someone remembers to patch it.",
	Remediation: "Let the platform or the OS install updates:\n\n" +
		"    resource \"azurerm_windows_virtual_machine\" \"vm\" {\n      automatic_updates_enabled = true\n" +
		"      patch_mode                = \"AutomaticByPlatform\"\n    }\n\n" +
		"In an azapi_resource body: properties.osProfile.windowsConfiguration = { enableAutomaticUpdates = true, " +
		"patchSettings = { patchMode = \"AutomaticByPlatform\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/automatic-vm-guest-patching",
		docWinVM + "#patch_mode",
		docWinVM + "#automatic_updates_enabled",
		docLegacy + "#enable_automatic_upgrades",
		docVMARM,
	},
	Resources: types(WindowsVM, WindowsVMSS, LegacyVM),
	Run: all(
		arm.Bool(WindowsVM, "automatic_updates_enabled|enable_automatic_updates",
			"properties.osProfile.windowsConfiguration.enableAutomaticUpdates", true, arm.Default{RM: true, ARM: true}, msgUpdates),
		arm.Bool(WindowsVMSS, "automatic_updates_enabled|enable_automatic_updates",
			"properties.virtualMachineProfile.osProfile.windowsConfiguration.enableAutomaticUpdates", true, arm.Default{RM: true, ARM: true}, msgUpdates),
		arm.OneOf(WindowsVM, "patch_mode", "properties.osProfile.windowsConfiguration.patchSettings.patchMode",
			[]string{"AutomaticByOS", "AutomaticByPlatform"}, arm.Default{}, msgPatchMode),
		arm.OneOf(WindowsVMSS, "", "properties.virtualMachineProfile.osProfile.windowsConfiguration.patchSettings.patchMode",
			[]string{"AutomaticByOS", "AutomaticByPlatform"}, arm.Default{}, msgPatchMode),
		func(p *lint.Pass) {
			for _, v := range LegacyVM.Views(p) {
				b := v.R.Block("os_profile_windows_config")
				if !b.Exists() {
					continue
				}
				a := b.Attr("enable_automatic_upgrades")
				if on, ok := a.BoolOr(false); ok && !on {
					at := lint.Subject(a)
					if a.Null() {
						at = b
					}
					p.Reportf(at, "%s does not install Windows updates automatically (enable_automatic_upgrades is false)", v.R.Address)
				}
			}
		},
	),
}

const (
	msgUpdates   = "%[1]s does not install Windows updates automatically (automatic updates is %[2]s)"
	msgPatchMode = "%[1]s patches Windows manually (patch mode %[2]s)"
)
