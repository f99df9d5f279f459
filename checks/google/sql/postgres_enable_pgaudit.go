package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresEnablePgaudit flags PostgreSQL instances whose cloudsql.enable_pgaudit flag is not "on".
// Default relied on: Cloud SQL for PostgreSQL uses "off" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresEnablePgaudit = &lint.Check{
	ID:       "google-sql-postgres-enable-pgaudit",
	Title:    "Cloud SQL PostgreSQL instance does not enable pgAudit",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "pgAudit writes detailed session and object audit records (who read or changed what, with which statement) " +
		"to Cloud Logging, beyond what the standard log settings give. Without the cloudsql.enable_pgaudit flag the " +
		"extension cannot be loaded at all; CIS asks for it on.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"cloudsql.enable_pgaudit\"\n        value = \"on\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "cloudsql.enable_pgaudit", def: "off", good: is("on"), want: `"on"`}.run(),
}
