package sql

import "github.com/tenantlint/tenantlint/lint"

// MySQLSkipShowDatabase flags MySQL instances whose skip_show_database flag
// is not on. Default relied on: Cloud SQL for MySQL leaves the flag off when
// no database_flags block sets it (every MySQL version, hashicorp/google
// v4-v6, which only passes the flags through). Unknown names or values are
// not reported.
var MySQLSkipShowDatabase = &lint.Check{
	ID:       "google-sql-mysql-skip-show-database",
	Title:    "Cloud SQL MySQL instance does not set skip_show_database on",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With skip_show_database off, any user can run SHOW DATABASES and learn the name of every database " +
		"on the instance, including those it has no grant on. Turning it on limits the statement to users with the " +
		"SHOW DATABASES privilege, so a compromised low-privilege account learns less; CIS asks for it on.",
	Remediation: "Set the flag in the instance's settings:\n\n" +
		"    settings {\n      database_flags {\n        name  = \"skip_show_database\"\n        value = \"on\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/flags",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
	},
	Resources: []string{instanceType},
	Run:       flagRule{engine: mysql, name: "skip_show_database", def: "off", good: is("on"), want: `"on"`}.run(),
}
