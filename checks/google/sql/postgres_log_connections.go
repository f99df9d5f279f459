package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogConnections flags PostgreSQL instances whose log_connections flag is not "on".
// Default relied on: Cloud SQL for PostgreSQL uses "off" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogConnections = &lint.Check{
	ID:       "google-sql-postgres-log-connections",
	Title:    "Cloud SQL PostgreSQL instance does not log connections",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "With log_connections off, PostgreSQL does not record connection attempts, so a password-guessing run or " +
		"a connection from an unexpected client leaves no trace in Cloud Logging. Logging every attempt and its " +
		"authentication gives the evidence an investigation starts from; CIS asks for it on.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_connections\"\n        value = \"on\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_connections", def: "off", good: is("on"), want: `"on"`}.run(),
}
