package sql

import "github.com/tenantlint/tenantlint/lint"

// SQLServerTraceFlag3625 flags SQL Server instances whose "3625" flag is not "on".
// Default relied on: Cloud SQL for SQL Server uses "off" when no
// database_flags block sets the flag (every SQL Server edition;
// hashicorp/google v4-v6 pass flags through unchanged). Unknown names or
// values are not reported.
var SQLServerTraceFlag3625 = &lint.Check{
	ID:       "google-sql-sqlserver-trace-flag-3625",
	Title:    "Cloud SQL SQL Server instance does not mask error details (trace flag 3625)",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without trace flag 3625, error messages sent to users who are not sysadmin can carry metadata such as object " +
		"names and values, which helps an attacker probe the schema. The trace flag masks those parameters for " +
		"non-administrators; CIS asks for it on.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"3625\"\n        value = \"on\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/sqlserver/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: sqlserver, name: "3625", def: "off", good: is("on"), want: `"on"`}.run(),
}
