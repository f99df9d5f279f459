package sql

import "github.com/tenantlint/tenantlint/lint"

// EnablePointInTimeRecovery flags MySQL and PostgreSQL primaries that cannot
// be restored to a point in time. Defaults relied on:
// backup_configuration.binary_log_enabled (MySQL) and
// backup_configuration.point_in_time_recovery_enabled (PostgreSQL) both
// default to false (hashicorp/google v4-v6). Read replicas and other engines
// are left alone; unknown values are not reported.
var EnablePointInTimeRecovery = &lint.Check{
	ID:       "google-sql-enable-point-in-time-recovery",
	Title:    "Cloud SQL instance has no point-in-time recovery",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.PaaS,
	Description: "Daily backups alone lose every change since the last one. Point-in-time recovery keeps the " +
		"transaction log (MySQL binary log, PostgreSQL write-ahead log) so the instance can be restored to the moment " +
		"before a bad write or a destructive statement.",
	Remediation: "Turn it on with automated backups (MySQL: binary_log_enabled, PostgreSQL: " +
		"point_in_time_recovery_enabled):\n\n" +
		"    backup_configuration {\n      enabled                        = true\n" +
		"      point_in_time_recovery_enabled = true # MySQL: binary_log_enabled = true\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/backup-recovery/pitr",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#point_in_time_recovery_enabled",
	},
	Resources: []string{instanceType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			e, ok := engine(r)
			if !ok || e == sqlserver || replica(r) {
				continue
			}
			attr := "point_in_time_recovery_enabled"
			if e == mysql {
				attr = "binary_log_enabled"
			}
			settings := r.Blocks("settings")
			if len(settings) == 0 {
				settings = []*lint.Block{r.Block("settings")}
			}
			for _, s := range settings {
				backup := s.Block("backup_configuration")
				a := backup.Attr(attr)
				on, ok := a.BoolOr(false)
				switch {
				case !ok || on:
				case !a.Null():
					p.Reportf(a, "%s instance %s sets %s = false: no point-in-time recovery", engineName(e), r.Address, attr)
				default:
					at := lint.Subject(r)
					if backup.Exists() {
						at = backup
					}
					p.Reportf(at, "%s instance %s does not set %s: no point-in-time recovery (defaults to false)",
						engineName(e), r.Address, attr)
				}
			}
		}
	},
}
