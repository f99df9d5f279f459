package rds

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// BackupRetention flags instances and clusters that keep automated backups
// for less than a week.
//
// Defaults relied on: aws_db_instance backup_retention_period is 0 in the
// provider documentation and 1 day in the RDS API: below a week either way;
// aws_rds_cluster defaults to 1 day. Read replicas are skipped, and so are
// restores that leave it absent: they inherit the source's retention.
var BackupRetention = &lint.Check{
	ID:       "aws-rds-backup-retention",
	Title:    "RDS automated backups are kept for less than 7 days",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Automated backups are what point-in-time recovery restores from. With retention at 0 there " +
		"are none; with a day or two, corruption, a bad migration or ransomware noticed after a weekend can " +
		"no longer be undone.",
	Remediation: "Set backup_retention_period to 7 days or more:\n\n" +
		"    backup_retention_period = 7",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#backup_retention_period",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: rule.MinNumber("backup_retention_period", 7, rule.Default(1).For("hashicorp/aws, registry docs (latest)"),
		"{address} keeps automated backups for {value} days (fewer than {limit})",
		rule.TypeDefault("aws_db_instance", rule.Default(0).For("hashicorp/aws, registry docs (latest)")),
		rule.Skip(inheritsRetention)),
}

// inheritsRetention says whether a resource takes its backup retention from
// elsewhere: an Aurora member (the cluster holds it, or the engine is
// unknown), a read replica, or a restore that leaves the argument absent.
func inheritsRetention(r *lint.Resource) bool {
	if r.Type == "aws_db_instance" {
		if member, ok := auroraMember(r); !ok || member || rule.Given(r.Attr("replicate_source_db")) {
			return true
		}
	}
	return r.Attr("backup_retention_period").Null() && copied(r, "snapshot_identifier")
}
