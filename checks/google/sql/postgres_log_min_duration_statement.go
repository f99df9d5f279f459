package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogMinDurationStatement flags PostgreSQL instances whose log_min_duration_statement flag is not "-1" (disabled).
// Default relied on: Cloud SQL for PostgreSQL uses "-1" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogMinDurationStatement = &lint.Check{
	ID:       "google-sql-postgres-log-min-duration-statement",
	Title:    "Cloud SQL PostgreSQL instance logs statements with their text by duration",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "log_min_duration_statement logs the full text of every statement that runs longer than the value, parameters " +
		"and all. Such text routinely holds personal data and secrets, which then end up in logs read by more people " +
		"than the database; CIS asks for it disabled (-1).",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_min_duration_statement\"\n        value = \"-1\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_min_duration_statement", def: "-1", good: is("-1"), want: `"-1" (disabled)`}.run(),
}
