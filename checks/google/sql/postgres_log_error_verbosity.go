package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogErrorVerbosity flags PostgreSQL instances whose log_error_verbosity flag is not "default" or "verbose".
// Default relied on: Cloud SQL for PostgreSQL uses "default" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogErrorVerbosity = &lint.Check{
	ID:       "google-sql-postgres-log-error-verbosity",
	Title:    "Cloud SQL PostgreSQL instance logs errors with too little detail",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "log_error_verbosity sets how much PostgreSQL writes for each logged message. terse drops the detail, hint, " +
		"query and context fields that tell what failed and where, which makes the log of little use to an " +
		"investigation; CIS asks for default or more.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_error_verbosity\"\n        value = \"default\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_error_verbosity", def: "default", good: is("default", "verbose"), want: `"default" or "verbose"`}.run(),
}
