// Package retention holds the backup retention check shared by the AWS
// database clusters built on RDS's backup machinery (DocumentDB, Neptune):
// the same argument, the same 1-day default, the same risk and fix.
package retention

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// Cluster is the check that a cluster of resourceType keeps backups for at
// least 7 days. Default relied on: backup_retention_period is 1 day. service
// names the engine in the title and messages; guide is the AWS page on its
// backups.
func Cluster(id, service, resourceType, guide string) *lint.Check {
	return &lint.Check{
		ID:       id,
		Title:    service + " backups are kept for less than 7 days",
		Severity: lint.Medium,
		Domain:   lint.Data,
		Model:    lint.PaaS,
		Description: "Point-in-time recovery can only go back as far as the backup retention period. With the " +
			"default of one day, corruption or a destructive change noticed after a weekend can no longer be undone.",
		Remediation: "Set backup_retention_period to 7 days or more:\n\n" +
			"    backup_retention_period = 7",
		Links: []string{
			guide,
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/" +
				strings.TrimPrefix(resourceType, "aws_") + "#backup_retention_period",
		},
		Resources: []string{resourceType},
		Run: rule.MinNumber("backup_retention_period", 7, rule.Default(1).For("hashicorp/aws, registry docs (latest)"),
			service+" cluster {address} keeps backups for {value} days (fewer than {limit})"),
	}
}
