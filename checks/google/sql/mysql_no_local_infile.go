package sql

import "github.com/tenantlint/tenantlint/lint"

// MySQLNoLocalInfile flags MySQL instances whose local_infile flag is not
// off. Default relied on: Cloud SQL for MySQL runs with local_infile on when
// no database_flags block sets it (hashicorp/google v4-v6 pass flags through
// unchanged). Unknown names or values are not reported.
var MySQLNoLocalInfile = &lint.Check{
	ID:       "google-sql-mysql-no-local-infile",
	Title:    "Cloud SQL MySQL instance does not set local_infile off",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "local_infile lets the server accept LOAD DATA LOCAL, which makes the client send a file of the " +
		"server's choosing. Combined with SQL injection or a rogue server it turns into arbitrary file reads on the " +
		"client side. Cloud SQL leaves it on unless the flag is set; CIS asks for it off.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"local_infile\"\n        value = \"off\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: mysql, name: "local_infile", def: "on", good: is("off"), want: `"off"`}.run(),
}
