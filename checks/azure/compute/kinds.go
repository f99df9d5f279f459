// Package compute holds the checks for Azure virtual machines, scale sets,
// their extensions and managed disks, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package compute

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// The kinds the checks read. azurerm splits a kind by operating system
// (and keeps the legacy azurerm_virtual_machine); ARM has one type.
var (
	// LinuxVM is a Linux virtual machine; the ARM type also holds Windows
	// machines, told apart by osProfile.linuxConfiguration.
	LinuxVM = arm.Kind{AzureRM: []string{"azurerm_linux_virtual_machine"}, ARM: "Microsoft.Compute/virtualMachines"}
	// VM is a virtual machine of the current azurerm resources.
	VM = arm.Kind{AzureRM: []string{"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"}, ARM: "Microsoft.Compute/virtualMachines"}
	// LegacyVM is azurerm_virtual_machine, superseded in azurerm v2 but
	// still in both v3 and v4; it has no ARM form of its own (VM is it).
	LegacyVM = arm.Kind{AzureRM: []string{"azurerm_virtual_machine"}}
	// LinuxVMSS is a Linux scale set in azurerm.
	LinuxVMSS = arm.Kind{AzureRM: []string{"azurerm_linux_virtual_machine_scale_set"}, ARM: "Microsoft.Compute/virtualMachineScaleSets"}
	// VMSS is a scale set of the uniform azurerm resources.
	VMSS = arm.Kind{AzureRM: []string{"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"}, ARM: "Microsoft.Compute/virtualMachineScaleSets"}
	// FlexVMSS is azurerm_orchestrated_virtual_machine_scale_set, whose
	// settings sit in other blocks; ARM has it as a virtualMachineScaleSets.
	FlexVMSS = arm.Kind{AzureRM: []string{"azurerm_orchestrated_virtual_machine_scale_set"}}
	// Disk is a managed disk.
	Disk = arm.Kind{AzureRM: []string{"azurerm_managed_disk"}, ARM: "Microsoft.Compute/disks"}
	// Extension is an extension of a machine or of a scale set.
	Extension = arm.Kind{AzureRM: []string{"azurerm_virtual_machine_extension"}, ARM: "Microsoft.Compute/virtualMachines/extensions"}
	// VMSSExtension is an extension of a scale set, as a resource.
	VMSSExtension = arm.Kind{AzureRM: []string{"azurerm_virtual_machine_scale_set_extension"}, ARM: "Microsoft.Compute/virtualMachineScaleSets/extensions"}
)

const (
	docLinuxVM = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine"
	docWinVM   = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/windows_virtual_machine"
	docLinuxSS = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine_scale_set"
	docLegacy  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_machine"
	docDisk    = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk"
	docVMARM   = "https://learn.microsoft.com/azure/templates/microsoft.compute/virtualmachines"
	docVMSSARM = "https://learn.microsoft.com/azure/templates/microsoft.compute/virtualmachinescalesets"
	docDiskARM = "https://learn.microsoft.com/azure/templates/microsoft.compute/disks"
)

// types lists the resource types of the kinds, each once, in order.
func types(kinds ...arm.Kind) []string {
	var out []string
	for _, k := range kinds {
		for _, t := range k.Types() {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// all runs every run in turn: one check over several kinds.
func all(runs ...func(*lint.Pass)) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, run := range runs {
			run(p)
		}
	}
}
