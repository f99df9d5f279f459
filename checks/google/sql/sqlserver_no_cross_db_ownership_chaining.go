package sql

import "github.com/tenantlint/tenantlint/lint"

// SQLServerNoCrossDBOwnershipChaining flags SQL Server instances whose "cross db ownership chaining" flag is not "off".
// Default relied on: Cloud SQL for SQL Server uses "off" when no
// database_flags block sets the flag (every SQL Server edition;
// hashicorp/google v4-v6 pass flags through unchanged). Unknown names or
// values are not reported.
var SQLServerNoCrossDBOwnershipChaining = &lint.Check{
	ID:       "google-sql-sqlserver-no-cross-db-ownership-chaining",
	Title:    "Cloud SQL SQL Server instance enables cross-database ownership chaining",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "With cross db ownership chaining on for the whole instance, objects in one database can reach objects in " +
		"another owned by the same login without a permission check. A user who can create objects in one database " +
		"may then read or change another; CIS asks for it off.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"cross db ownership chaining\"\n        value = \"off\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/sqlserver/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: sqlserver, name: "cross db ownership chaining", def: "off", good: is("off"), want: `"off"`}.run(),
}
