package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogDisconnections flags PostgreSQL instances whose log_disconnections flag is not "on".
// Default relied on: Cloud SQL for PostgreSQL uses "off" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogDisconnections = &lint.Check{
	ID:       "google-sql-postgres-log-disconnections",
	Title:    "Cloud SQL PostgreSQL instance does not log disconnections",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "With log_disconnections off, the end of a session and its duration are not logged, so a session cannot be " +
		"placed in time or told apart from others once it is over. Together with log_connections it bounds what each " +
		"client did and when; CIS asks for it on.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_disconnections\"\n        value = \"on\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_disconnections", def: "off", good: is("on"), want: `"on"`}.run(),
}
