package sql

import "github.com/tenantlint/tenantlint/lint"

// SQLServerNoRemoteAccess flags SQL Server instances whose "remote access" flag is not "off".
// Default relied on: Cloud SQL for SQL Server uses "on" when no
// database_flags block sets the flag (every SQL Server edition;
// hashicorp/google v4-v6 pass flags through unchanged). Unknown names or
// values are not reported.
var SQLServerNoRemoteAccess = &lint.Check{
	ID:       "google-sql-sqlserver-no-remote-access",
	Title:    "Cloud SQL SQL Server instance allows remote access to stored procedures",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "The remote access option lets other SQL Server instances run stored procedures on this one, and it can be " +
		"abused to launch denial-of-service or lateral movement through linked servers. Cloud SQL leaves it on " +
		"unless the flag is set; CIS asks for it off.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"remote access\"\n        value = \"off\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/sqlserver/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: sqlserver, name: "remote access", def: "on", good: is("off"), want: `"off"`}.run(),
}
