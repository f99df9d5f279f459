package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogMinErrorStatement flags PostgreSQL instances whose log_min_error_statement flag is not "error" or more verbose.
// Default relied on: Cloud SQL for PostgreSQL uses "error" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogMinErrorStatement = &lint.Check{
	ID:       "google-sql-postgres-log-min-error-statement",
	Title:    "Cloud SQL PostgreSQL instance does not log the statements that cause errors",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "log_min_error_statement decides from which severity PostgreSQL logs the statement that caused a message. " +
		"Above error, the SQL behind failing statements (often the trace of an injection attempt) is not recorded. " +
		"CIS asks for error or a more verbose level.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_min_error_statement\"\n        value = \"error\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_min_error_statement", def: "error", good: is("debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning", "error"), want: `"error" or more verbose`}.run(),
}
