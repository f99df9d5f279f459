package sql

import "github.com/tenantlint/tenantlint/lint"

// PostgresLogMinMessages flags PostgreSQL instances whose log_min_messages flag is not "warning" or more verbose.
// Default relied on: Cloud SQL for PostgreSQL uses "warning" when no
// database_flags block sets the flag (every PostgreSQL version; hashicorp/google
// v4-v6 pass flags through unchanged). Unknown names or values are not
// reported.
var PostgresLogMinMessages = &lint.Check{
	ID:       "google-sql-postgres-log-min-messages",
	Title:    "Cloud SQL PostgreSQL instance logs too few messages (log_min_messages)",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "log_min_messages is the least severe level PostgreSQL writes to its log. Set to error or above, warnings " +
		"(failed privilege checks, deprecated use, resource trouble) are dropped and problems go unseen until they fail. " +
		"CIS asks for warning or a more verbose level.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"log_min_messages\"\n        value = \"warning\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/postgres/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: postgres, name: "log_min_messages", def: "warning", good: is("debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning"), want: `"warning" or more verbose`}.run(),
}
