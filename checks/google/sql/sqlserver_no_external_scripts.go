package sql

import "github.com/tenantlint/tenantlint/lint"

// SQLServerNoExternalScripts flags SQL Server instances whose "external scripts enabled" flag is not "off".
// Default relied on: Cloud SQL for SQL Server uses "off" when no
// database_flags block sets the flag (every SQL Server edition;
// hashicorp/google v4-v6 pass flags through unchanged). Unknown names or
// values are not reported.
var SQLServerNoExternalScripts = &lint.Check{
	ID:       "google-sql-sqlserver-no-external-scripts",
	Title:    "Cloud SQL SQL Server instance enables external scripts",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "The external scripts enabled option lets sp_execute_external_script run R and Python code next to the " +
		"database engine, outside SQL Server's own security boundary. A login that can call it runs arbitrary code " +
		"with the service's rights; CIS asks for it off.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"external scripts enabled\"\n        value = \"off\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/sqlserver/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: sqlserver, name: "external scripts enabled", def: "off", good: is("off"), want: `"off"`}.run(),
}
