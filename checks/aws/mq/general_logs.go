package mq

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// GeneralLogs flags brokers that do not publish general logs to CloudWatch
// Logs. logs.general defaults to false (hashicorp/aws v3-v6).
var GeneralLogs = &lint.Check{
	ID:       "aws-mq-general-logs",
	Title:    "Amazon MQ broker does not publish general logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "General logs record the broker's connections, authentication failures and errors. Without " +
		"them, password guessing against the broker's endpoints and clients misbehaving go unnoticed, and an " +
		"incident cannot be reconstructed afterwards.",
	Remediation: "Publish the general log:\n\n    logs {\n      general = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudwatch.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#logs",
	},
	Resources: []string{"aws_mq_broker"},
	Run: rule.On("logs.general", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Amazon MQ broker {address} does not publish general logs",
		rule.NoBlock("Amazon MQ broker {address} has no logs block: general logs are not published")),
}
