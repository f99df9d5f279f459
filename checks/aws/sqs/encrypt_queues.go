// Package sqs holds the checks for SQS queues and their policies.
package sqs

import "github.com/tenantlint/tenantlint/lint"

// EncryptQueues flags queues whose server-side encryption is turned off.
// Default relied on: since October 2022 AWS creates new queues with SSE-SQS
// enabled, and the provider leaves sqs_managed_sse_enabled to AWS when it is
// absent; so only an explicit sqs_managed_sse_enabled = false without a KMS
// key leaves messages unencrypted.
var EncryptQueues = &lint.Check{
	ID:       "aws-sqs-encrypt-queues",
	Title:    "SQS queue has server-side encryption turned off",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A queue with sqs_managed_sse_enabled = false and no KMS key stores its messages unencrypted " +
		"for up to 14 days. Queues carry jobs, events and payloads that often hold personal or business data, " +
		"and the opt-out removes the protection AWS applies to every new queue by default.",
	Remediation: "Remove sqs_managed_sse_enabled = false (SSE-SQS is the default), set it to true, or use a KMS key:\n\n" +
		"    kms_master_key_id = aws_kms_key.queue.id",
	Links: []string{
		"https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled",
	},
	Resources: []string{"aws_sqs_queue"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if key, ok := r.Attr("kms_master_key_id").StringOr(""); !ok || key != "" {
				continue
			}
			sse := r.Attr("sqs_managed_sse_enabled")
			if on, ok := sse.BoolOr(true); ok && !on {
				p.Reportf(sse, "SQS queue %s turns off server-side encryption and sets no KMS key", r.Address)
			}
		}
	},
}
