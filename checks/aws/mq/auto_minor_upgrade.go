package mq

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AutoMinorUpgrade flags brokers that do not take minor engine upgrades
// automatically. auto_minor_version_upgrade defaults to false
// (hashicorp/aws v3-v6).
var AutoMinorUpgrade = &lint.Check{
	ID:       "aws-mq-auto-minor-upgrade",
	Title:    "Amazon MQ broker does not upgrade minor engine versions automatically",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Minor ActiveMQ and RabbitMQ releases carry security fixes. A broker that is not upgraded " +
		"automatically keeps running a known-vulnerable engine until someone upgrades it by hand.",
	Remediation: "Let Amazon MQ apply minor upgrades in the maintenance window:\n\n" +
		"    resource \"aws_mq_broker\" \"this\" {\n      auto_minor_version_upgrade = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/upgrading-brokers.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#auto_minor_version_upgrade",
	},
	Resources: []string{"aws_mq_broker"},
	Run: rule.On("auto_minor_version_upgrade", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Amazon MQ broker {address} does not upgrade minor engine versions automatically"),
}
