package mq

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAccess flags brokers reachable from the internet.
// publicly_accessible defaults to false (hashicorp/aws v3-v6).
var NoPublicAccess = &lint.Check{
	ID:       "aws-mq-no-public-access",
	Title:    "Amazon MQ broker is publicly accessible",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A publicly accessible broker gets an internet-resolvable endpoint: its messaging ports and " +
		"web console can be reached from anywhere, and only the broker users' passwords stand between the " +
		"internet and the queues. Security groups cannot be attached to a public RabbitMQ broker at all.",
	Remediation: "Keep the broker private and reach it from inside the VPC:\n\n" +
		"    resource \"aws_mq_broker\" \"this\" {\n      publicly_accessible = false\n" +
		"      subnet_ids          = [aws_subnet.private.id]\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible",
	},
	Resources: []string{"aws_mq_broker"},
	Run: rule.Off("publicly_accessible", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Amazon MQ broker {address} is publicly accessible"),
}
