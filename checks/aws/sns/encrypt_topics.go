// Package sns holds the checks for SNS topics and their policies.
package sns

import "github.com/tenantlint/tenantlint/lint"

// EncryptTopics flags topics that store messages without KMS encryption.
// Default relied on: SNS has no default server-side encryption; a topic is
// encrypted only when kms_master_key_id names a key.
var EncryptTopics = &lint.Check{
	ID:       "aws-sns-encrypt-topics",
	Title:    "SNS topic is not encrypted with KMS",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "An SNS topic without a KMS key keeps published messages unencrypted while they are stored for " +
		"delivery. Messages often carry order details, alerts or personal data; with a KMS key, the key policy " +
		"also decides who may publish and read, and every use of the key is recorded in CloudTrail.",
	Remediation: "Set kms_master_key_id to a KMS key (the AWS managed alias/aws/sns, or better a customer managed key):\n\n" +
		"    kms_master_key_id = aws_kms_key.sns.id",
	Links: []string{
		"https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id",
	},
	Resources: []string{"aws_sns_topic"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			key := r.Attr("kms_master_key_id")
			s, ok := key.StringOr("")
			switch {
			case !ok || s != "":
				continue
			case key.Null():
				p.Reportf(r, "SNS topic %s sets no kms_master_key_id: its messages are not encrypted at rest", r.Address)
			default:
				p.Reportf(key, "SNS topic %s has an empty kms_master_key_id: its messages are not encrypted at rest", r.Address)
			}
		}
	},
}
