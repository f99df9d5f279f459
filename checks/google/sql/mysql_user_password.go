package sql

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// MySQLUserPassword flags built-in users of MySQL instances that have no
// password. Defaults relied on (hashicorp/google v4-v6): type defaults to
// BUILT_IN; for MySQL, password (and the write-only password_wo of v6) are
// optional and a user created without one has an empty password. Only users
// whose instance the configuration holds and knows to run MySQL are read;
// unknown values are not reported.
var MySQLUserPassword = &lint.Check{
	ID:       "google-sql-mysql-user-password",
	Title:    "Cloud SQL MySQL user has no password",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A MySQL user created without a password can log in with an empty one from every host its host " +
		"pattern admits. For root or any account with administrative grants this hands the database to whoever " +
		"reaches it; CIS asks that no one connect with administrative privileges without a password.",
	Remediation: "Give the user a password (from a secret, not a literal), or use IAM database authentication:\n\n" +
		"    resource \"google_sql_user\" \"root\" {\n      name     = \"root\"\n" +
		"      instance = google_sql_database_instance.db.name\n      password = var.root_password\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/create-manage-users",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_user#password",
	},
	Resources: []string{"google_sql_user"},
	Run: func(p *lint.Pass) {
		for _, u := range p.Resources() {
			t := names.Resolve(p.Module, instanceType, u.Attr("instance"))
			if t.Resource == nil {
				continue
			}
			if e, ok := engine(t.Resource); !ok || e != mysql {
				continue
			}
			if kind, ok := u.Attr("type").StringOr("BUILT_IN"); !ok || kind != "BUILT_IN" {
				continue
			}
			if !u.Attr("password_wo").Null() {
				continue
			}
			pw := u.Attr("password")
			s, ok := pw.StringOr("")
			switch {
			case !ok:
			case pw.Null():
				p.Reportf(u, "MySQL user %s has no password", u.Address)
			case s == "":
				p.Reportf(pw, "MySQL user %s has an empty password", u.Address)
			}
		}
	},
}
