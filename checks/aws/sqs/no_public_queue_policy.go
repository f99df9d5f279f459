package sqs

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicQueuePolicy flags queue policies that allow every principal
// without a condition. Only statements whose content is known are read.
var NoPublicQueuePolicy = &lint.Check{
	ID:       "aws-sqs-no-public-queue-policy",
	Title:    "SQS queue policy allows any principal",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A queue policy statement that allows Principal \"*\" without a condition lets anyone with an AWS " +
		"account use the granted actions: send forged jobs to the consumers, receive and delete the messages " +
		"meant for them, or purge the queue.",
	Remediation: "Name the accounts, roles or services that need access, or restrict \"*\" with a condition such as " +
		"aws:SourceArn (the SNS topic or S3 bucket that sends) or aws:PrincipalOrgID:\n\n" +
		"    Condition = { ArnEquals = { \"aws:SourceArn\" = aws_sns_topic.events.arn } }",
	Links: []string{
		"https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue_policy",
	},
	Resources: []string{"aws_sqs_queue", "aws_sqs_queue_policy"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.ResourcePolicy, "SQS queue policy of %s allows any principal without a condition")
	},
}
