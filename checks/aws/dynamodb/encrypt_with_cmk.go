package dynamodb

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags tables encrypted only with the AWS owned key.
// Defaults relied on (hashicorp/aws v3-v6): without server_side_encryption
// (or with enabled = false) DynamoDB encrypts with an AWS owned key, which
// the account cannot see, audit or restrict; enabled without kms_key_arn
// (or with "" or an alias/aws/... key, kmskey) uses the AWS managed key
// aws/dynamodb.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-dynamodb-encrypt-with-cmk",
	Title:    "DynamoDB table uses the AWS owned encryption key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "DynamoDB always encrypts at rest, but by default with a key AWS owns: its use does not appear in " +
		"CloudTrail and no key policy can restrict it; the AWS managed key aws/dynamodb is logged but its policy " +
		"cannot be changed. A customer managed key " +
		"records every decryption and lets the key policy cut off access to the table's data and backups.",
	Remediation: "Enable server-side encryption with a KMS key:\n\n" +
		"    server_side_encryption {\n      enabled     = true\n      kms_key_arn = aws_kms_key.table.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption",
	},
	Resources: []string{"aws_dynamodb_table"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			sse := r.Block("server_side_encryption")
			on := sse.Attr("enabled")
			enabled, ok := on.BoolOr(false)
			switch {
			case !ok:
			case !sse.Exists():
				p.Reportf(r, "DynamoDB table %s has no server_side_encryption block: it uses the AWS owned key", r.Address)
			case !enabled:
				p.Reportf(on, "DynamoDB table %s is encrypted with the AWS owned key only", r.Address)
			case kmskey.NotCustomer(sse.Attr("kms_key_arn")):
				p.Reportf(kmskey.At(sse.Attr("kms_key_arn"), on), "DynamoDB table %s is encrypted with the AWS managed key aws/dynamodb, not a customer-managed key", r.Address)
			}
		}
	},
}
