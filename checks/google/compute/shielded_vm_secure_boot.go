package compute

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ShieldedSecureBoot flags VMs that do not use Secure Boot. Default relied
// on (hashicorp/google v4-v6): shielded_instance_config.enable_secure_boot
// is false.
var ShieldedSecureBoot = &lint.Check{
	ID:       "google-compute-shielded-vm-secure-boot",
	Title:    "VM does not use Shielded VM Secure Boot",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "Secure Boot lets the firmware start only boot components signed by trusted keys, so a rootkit " +
		"or bootkit written to the boot disk does not run. It is off unless the configuration turns it on, and " +
		"the images Google publishes support it.",
	Remediation: "Turn on Secure Boot (the image must support Shielded VM):\n\n" +
		"    shielded_instance_config {\n      enable_secure_boot          = true\n" +
		"      enable_vtpm                 = true\n      enable_integrity_monitoring = true\n    }",
	Links: []string{
		shieldedDoc,
		registry(instanceType, "shielded_instance_config"),
		registry(templateType, "shielded_instance_config"),
	},
	Resources: instanceTypes,
	Run: rule.On("shielded_instance_config.enable_secure_boot", rule.Default(false).For("hashicorp/google v4-v6"),
		"{address} does not use Secure Boot (enable_secure_boot = {value})",
		rule.Unset("{address} does not turn on Secure Boot (enable_secure_boot defaults to false)"),
		fromTemplate),
}
