package sql

import "github.com/tenantlint/tenantlint/lint"

// SQLServerNoUserOptions flags SQL Server instances that configure the
// "user options" database flag. Default relied on: without a database_flags
// block naming it, the option is not configured (every SQL Server edition;
// hashicorp/google v4-v6 pass flags through unchanged). An unknown flag name
// is not reported.
var SQLServerNoUserOptions = &lint.Check{
	ID:       "google-sql-sqlserver-no-user-options",
	Title:    "Cloud SQL SQL Server instance configures the user options flag",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "The user options flag sets query-processing defaults (ANSI settings, implicit transactions...) for " +
		"every session on the instance. Changing them behind applications' backs alters how their statements behave " +
		"and can weaken the checks they rely on; CIS asks for the flag not to be configured.",
	Remediation: "Remove the database_flags block that sets \"user options\" and set session options in the " +
		"application instead:\n\n" +
		"    settings {\n      # no database_flags { name = \"user options\" ... }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/sqlserver/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run: func(p *lint.Pass) {
		for _, r := range instancesOf(p, sqlserver) {
			if f := lookup(r, "user options"); f.Set != nil {
				p.Reportf(f.Set, "SQL Server instance %s configures the \"user options\" database flag", r.Address)
			}
		}
	},
}
