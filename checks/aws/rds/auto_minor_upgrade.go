package rds

import "github.com/tenantlint/tenantlint/lint"

// AutoMinorUpgrade flags databases that turn off automatic minor version
// upgrades. Default relied on: auto_minor_version_upgrade is true.
var AutoMinorUpgrade = &lint.Check{
	ID:       "aws-rds-auto-minor-upgrade",
	Title:    "RDS automatic minor version upgrades are turned off",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Minor engine versions carry security fixes. With automatic minor version upgrades off, the " +
		"database keeps running a version with known vulnerabilities until someone upgrades it by hand.",
	Remediation: "Remove auto_minor_version_upgrade or set it to true, and choose a maintenance window:\n\n" +
		"    auto_minor_version_upgrade = true",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#auto_minor_version_upgrade",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			up := r.Attr("auto_minor_version_upgrade")
			if on, ok := up.BoolOr(true); ok && !on {
				p.Reportf(up, "%s turns off automatic minor version upgrades", r.Address)
			}
		}
	},
}
