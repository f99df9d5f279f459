package sql

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableBackups flags primary instances without automated backups. Default
// relied on: settings.backup_configuration.enabled defaults to false
// (hashicorp/google v4-v6). Read replicas (master_instance_name set, or an
// instance_type other than CLOUD_SQL_INSTANCE) take no backups of their own
// and are left alone. An unknown value is not reported.
var EnableBackups = &lint.Check{
	ID:       "google-sql-enable-backups",
	Title:    "Cloud SQL instance has no automated backups",
	Severity: lint.Medium,
	Domain:   lint.Response,
	Model:    lint.PaaS,
	Description: "Without automated backups, an instance lost to deletion, corruption, a faulty migration or " +
		"ransomware cannot be restored to a recent state. Daily automated backups are the base of every recovery " +
		"plan, and point-in-time recovery builds on them; CIS asks for them on every instance.",
	Remediation: "Turn automated backups on:\n\n" +
		"    settings {\n      backup_configuration {\n        enabled    = true\n" +
		"        start_time = \"03:00\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/backup-recovery/backups",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#enabled",
	},
	Resources: []string{instanceType},
	Run: rule.On("settings.backup_configuration.enabled", rule.Default(false).For("hashicorp/google v4-v6"),
		"Cloud SQL instance {address} has automated backups off (enabled = {value})",
		rule.Unset("Cloud SQL instance {address} has no automated backups (backup_configuration.enabled defaults to false)"),
		rule.Skip(replica)),
}
