package docdb

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// minRetention is the shortest backup retention, in days, the check accepts.
const minRetention = 7

// BackupRetention flags DocumentDB clusters that keep backups for less than a
// week. Default relied on: backup_retention_period is 1 day.
var BackupRetention = &lint.Check{
	ID:       "aws-docdb-backup-retention",
	Title:    "DocumentDB backups are kept for less than 7 days",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Point-in-time recovery can only go back as far as the backup retention period. With the " +
		"default of one day, corruption or a destructive change noticed after a weekend can no longer be undone.",
	Remediation: "Set backup_retention_period to 7 days or more:\n\n" +
		"    backup_retention_period = 7",
	Links: []string{
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#backup_retention_period",
	},
	Resources: []string{"aws_docdb_cluster"},
	Run: rule.MinNumber("backup_retention_period", minRetention, rule.Default(1).For("hashicorp/aws, registry docs (latest)"),
		"DocumentDB cluster {address} keeps backups for {value} days (fewer than {limit})"),
}
