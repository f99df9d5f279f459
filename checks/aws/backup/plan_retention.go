package backup

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// PlanRetention flags backup rules that delete recovery points within a
// week, too soon to notice a problem and restore from before it. A rule
// without lifecycle keeps recovery points until deleted and is not reported.
var PlanRetention = &lint.Check{
	ID:       "aws-backup-plan-retention",
	Title:    "Backup plan keeps recovery points for less than a week",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A rule that deletes recovery points after a few days leaves little time to notice corruption, " +
		"ransomware or a destructive change before every clean backup has expired. Incidents are often found " +
		"days after they start.",
	Remediation: "Keep recovery points for at least a week (longer for production data):\n\n" +
		"    lifecycle {\n      delete_after = 35\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_plan#lifecycle",
	},
	Resources: []string{"aws_backup_plan"},
	Run: rule.MinNumber("rule.lifecycle.delete_after", 7, rule.NoDefault,
		"Backup plan {address} rule {rule.rule_name} deletes recovery points after {value} days"),
}
