package sql

import "github.com/tenantlint/tenantlint/lint"

// SQLServerNoContainedDatabaseAuthentication flags SQL Server instances whose "contained database authentication" flag is not "off".
// Default relied on: Cloud SQL for SQL Server uses "off" when no
// database_flags block sets the flag (every SQL Server edition;
// hashicorp/google v4-v6 pass flags through unchanged). Unknown names or
// values are not reported.
var SQLServerNoContainedDatabaseAuthentication = &lint.Check{
	ID:       "google-sql-sqlserver-no-contained-database-authentication",
	Title:    "Cloud SQL SQL Server instance enables contained database authentication",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Contained database authentication lets users authenticate to a database without an instance login, so they " +
		"escape the instance's password policy and auditing, and a database owner can create users who reach the " +
		"instance. CIS asks for it off.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"contained database authentication\"\n        value = \"off\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/sqlserver/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: sqlserver, name: "contained database authentication", def: "off", good: is("off"), want: `"off"`}.run(),
}
