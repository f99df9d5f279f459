package compute

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ShieldedIntegrityMonitoring flags VMs that turn integrity monitoring off.
// Default relied on (hashicorp/google v4-v6):
// shielded_instance_config.enable_integrity_monitoring is true.
var ShieldedIntegrityMonitoring = &lint.Check{
	ID:       "google-compute-shielded-vm-integrity-monitoring",
	Title:    "VM turns off Shielded VM integrity monitoring",
	Severity: lint.Medium,
	Domain:   lint.Response,
	Model:    lint.IaaS,
	Description: "Integrity monitoring compares each boot's measurements with a known-good baseline and logs " +
		"the difference to Cloud Logging. Without it a changed bootloader or kernel is never reported, so a " +
		"compromise that survives reboots is not seen.",
	Remediation: "Leave integrity monitoring on:\n\n    shielded_instance_config {\n" +
		"      enable_integrity_monitoring = true\n    }",
	Links: []string{
		"https://cloud.google.com/compute/shielded-vm/docs/integrity-monitoring",
		registry(instanceType, "enable_integrity_monitoring"),
		registry(templateType, "enable_integrity_monitoring"),
	},
	Resources: instanceTypes,
	Run: rule.On("shielded_instance_config.enable_integrity_monitoring", rule.Default(true).For("hashicorp/google v4-v6"),
		"{address} turns off integrity monitoring (enable_integrity_monitoring = {value})", fromTemplate),
}
