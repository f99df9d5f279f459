package sql

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// DeletionProtection flags instances that turn Terraform's deletion
// protection off. Default relied on: deletion_protection defaults to true
// (hashicorp/google v4-v6), so only an explicit false is reported. An
// unknown value is not reported.
var DeletionProtection = &lint.Check{
	ID:       "google-sql-deletion-protection",
	Title:    "Cloud SQL instance has deletion protection turned off",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.PaaS,
	Description: "Deleting a Cloud SQL instance deletes its automated backups with it. With deletion_protection off, " +
		"a terraform destroy or a plan that replaces the instance removes the database and its backups with no " +
		"second step; leaving it on makes Terraform refuse.",
	Remediation: "Keep deletion protection on (and consider settings.deletion_protection_enabled, which guards " +
		"against deletion through the API too):\n\n" +
		"    resource \"google_sql_database_instance\" \"db\" {\n      # ...\n      deletion_protection = true\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/deletion-protection",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection",
	},
	Resources: []string{instanceType},
	Run: rule.On("deletion_protection", rule.Default(true).For("hashicorp/google v4-v6"),
		"Cloud SQL instance {address} sets deletion_protection = {value}"),
}
