package compute

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ShieldedVTPM flags VMs that turn the virtual TPM off. Default relied on
// (hashicorp/google v4-v6): shielded_instance_config.enable_vtpm is true.
var ShieldedVTPM = &lint.Check{
	ID:       "google-compute-shielded-vm-vtpm",
	Title:    "VM turns off the Shielded VM virtual TPM",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "The virtual Trusted Platform Module measures every boot stage and protects keys and secrets " +
		"bound to the VM's state. Without it, Measured Boot and integrity monitoring have nothing to compare, so a " +
		"tampered boot chain goes unnoticed.",
	Remediation: "Leave the vTPM on:\n\n    shielded_instance_config {\n      enable_vtpm = true\n    }",
	Links: []string{
		shieldedDoc,
		registry(instanceType, "enable_vtpm"),
		registry(templateType, "enable_vtpm"),
	},
	Resources: instanceTypes,
	Run: rule.On("shielded_instance_config.enable_vtpm", rule.Default(true).For("hashicorp/google v4-v6"),
		"{address} turns off the virtual TPM (enable_vtpm = {value})", fromTemplate),
}
