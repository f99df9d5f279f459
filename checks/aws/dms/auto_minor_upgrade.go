package dms

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AutoMinorUpgrade flags replication instances without automatic minor
// version upgrades. Default relied on: an absent auto_minor_version_upgrade
// is sent as false (hashicorp/aws v3-v4 declare Default false; v5-v6 send
// the zero value on create).
var AutoMinorUpgrade = &lint.Check{
	ID:       "aws-dms-auto-minor-upgrade",
	Title:    "DMS replication instance does not upgrade minor versions automatically",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Minor DMS engine versions carry security and stability fixes. Without automatic minor " +
		"version upgrades the replication instance keeps running a version with known flaws until someone " +
		"upgrades it by hand.",
	Remediation: "Let AWS apply minor versions in the maintenance window:\n\n    auto_minor_version_upgrade = true",
	Links: []string{
		"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Upgrade.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#auto_minor_version_upgrade",
	},
	Resources: []string{"aws_dms_replication_instance"},
	Run: rule.On("auto_minor_version_upgrade", rule.Default(false).For("hashicorp/aws v3-v6"),
		"DMS replication instance {address} has auto_minor_version_upgrade {value}",
		rule.Unset("DMS replication instance {address} sets no auto_minor_version_upgrade: minor versions are not applied automatically")),
}
