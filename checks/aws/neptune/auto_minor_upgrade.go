package neptune

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AutoMinorUpgrade flags instances that turn off automatic minor version
// upgrades. Default relied on: auto_minor_version_upgrade is true when
// absent (hashicorp/aws v3-v6), so only an explicit false is reported.
var AutoMinorUpgrade = &lint.Check{
	ID:       "aws-neptune-auto-minor-upgrade",
	Title:    "Neptune instance does not upgrade minor versions automatically",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Minor Neptune engine versions carry security fixes. With automatic minor version " +
		"upgrades off, the instance keeps running a version with known flaws until someone upgrades it by hand.",
	Remediation: "Remove auto_minor_version_upgrade or set it to true:\n\n    auto_minor_version_upgrade = true",
	Links: []string{
		"https://docs.aws.amazon.com/neptune/latest/userguide/engine-maintenance-updating.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster_instance#auto_minor_version_upgrade",
	},
	Resources: []string{"aws_neptune_cluster_instance"},
	Run: rule.On("auto_minor_version_upgrade", rule.Default(true).For("hashicorp/aws v3-v6"),
		"Neptune instance {address} turns off automatic minor version upgrades"),
}
