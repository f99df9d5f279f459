package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogStatement flags PostgreSQL instances whose log_statement flag is not "ddl" (or "mod", "all").
// Default relied on: Cloud SQL for PostgreSQL uses "none" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogStatement = &lint.Check{
	ID:       "google-sql-postgres-log-statement",
	Title:    "Cloud SQL PostgreSQL instance does not log DDL statements",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "log_statement decides which SQL statements PostgreSQL writes to its log; the default, none, records no " +
		"schema change at all. Logging at least data definition statements records who created, altered or dropped " +
		"objects and grants, which audit and forensics need; CIS asks for ddl.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_statement\"\n        value = \"ddl\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_statement", def: "none", good: is("ddl", "mod", "all"), want: `"ddl" (or "mod", "all")`}.run(),
}
