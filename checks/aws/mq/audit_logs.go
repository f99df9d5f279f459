package mq

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AuditLogs flags ActiveMQ brokers that do not publish audit logs to
// CloudWatch Logs. logs.audit defaults to false (hashicorp/aws v3-v6).
// RabbitMQ brokers have no audit log and are left out.
var AuditLogs = &lint.Check{
	ID:       "aws-mq-audit-logs",
	Title:    "Amazon MQ broker does not publish audit logs",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "The ActiveMQ audit log records management actions taken through JMX and the web console: " +
		"who created or deleted destinations, purged queues or changed the broker. Without it, tampering with " +
		"the broker leaves no trace.",
	Remediation: "Publish the audit log:\n\n    logs {\n      audit   = true\n      general = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudwatch.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#logs",
	},
	Resources: []string{"aws_mq_broker"},
	Run: rule.On("logs.audit", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Amazon MQ broker {address} does not publish audit logs",
		rule.NoBlock("Amazon MQ broker {address} has no logs block: audit logs are not published"),
		rule.Skip(rabbitMQ)),
}
