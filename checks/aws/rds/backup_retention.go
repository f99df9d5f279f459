package rds

import "github.com/tenantlint/tenantlint/lint"

// minRetention is the shortest backup retention, in days, the check accepts.
const minRetention = 7

// BackupRetention flags instances and clusters that keep automated backups
// for less than a week.
//
// Defaults relied on: aws_db_instance backup_retention_period is 0 in the
// provider documentation and 1 day in the RDS API: below a week either way;
// aws_rds_cluster defaults to 1 day. Read replicas are skipped, and so are
// restores that leave it absent: they inherit the source's retention.
var BackupRetention = &lint.Check{
	ID:       "aws-rds-backup-retention",
	Title:    "RDS automated backups are kept for less than 7 days",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Automated backups are what point-in-time recovery restores from. With retention at 0 there " +
		"are none; with a day or two, corruption, a bad migration or ransomware noticed after a weekend can " +
		"no longer be undone.",
	Remediation: "Set backup_retention_period to 7 days or more:\n\n" +
		"    backup_retention_period = 7",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#backup_retention_period",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			ret := r.Attr("backup_retention_period")
			def := int64(1)
			if r.Type == "aws_db_instance" {
				if member, ok := auroraMember(r); !ok || member || !r.Attr("replicate_source_db").Null() {
					continue
				}
				def = 0
			}
			if ret.Null() && copied(r, "snapshot_identifier") {
				continue
			}
			if days, ok := ret.IntOr(def); ok && days < minRetention {
				p.Reportf(ret, "%s keeps automated backups for %d days (fewer than %d)", r.Address, days, minRetention)
			}
		}
	},
}
