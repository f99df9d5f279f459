// Package cloudwatch holds the checks for CloudWatch Logs log groups.
package cloudwatch

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// LogRetention flags log groups that keep events for less than 90 days:
// three months, the time PCI DSS (10.5.1) wants audit logs immediately
// available. Security Hub's CloudWatch.16 asks for 365 days by default, but a
// year is usually met by an archive (S3, a central logging account), so
// shorter log groups are only reported below 90 days.
//
// retention_in_days absent or 0 means the events never expire: that keeps
// them long enough and is not reported.
var LogRetention = &lint.Check{
	ID:       "aws-cloudwatch-log-retention",
	Title:    "CloudWatch log group keeps events for less than 90 days",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Intrusions are often found weeks or months after they began. A log group that expires its " +
		"events after a few days or weeks deletes the record an investigation needs, unless the events are also " +
		"exported elsewhere.",
	Remediation: "Set retention_in_days to 90 or more (365 for audit logs), or 0 to keep events forever:\n\n" +
		"    resource \"aws_cloudwatch_log_group\" \"app\" {\n      retention_in_days = 365\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group",
	},
	Resources: []string{"aws_cloudwatch_log_group"},
	Run: rule.MinNumber("retention_in_days", 90, rule.Default(0).For("hashicorp/aws, registry docs (latest)"),
		"CloudWatch log group {address} keeps events for {value} days only", rule.Unlimited(0)),
}
