package dynamodb

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags tables encrypted only with the AWS owned key.
// Default relied on: without server_side_encryption (or with enabled =
// false) DynamoDB encrypts with an AWS owned key, which the account cannot
// see, audit or restrict.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-dynamodb-encrypt-with-cmk",
	Title:    "DynamoDB table uses the AWS owned encryption key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "DynamoDB always encrypts at rest, but by default with a key AWS owns: its use does not appear in " +
		"CloudTrail and no key policy can restrict it. A KMS key (AWS managed or, better, customer managed) " +
		"records every decryption and lets the key policy cut off access to the table's data and backups.",
	Remediation: "Enable server-side encryption with a KMS key:\n\n" +
		"    server_side_encryption {\n      enabled     = true\n      kms_key_arn = aws_kms_key.table.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption",
	},
	Resources: []string{"aws_dynamodb_table"},
	Run: rule.On("server_side_encryption.enabled", rule.Default(false).For("hashicorp/aws, registry docs (latest)"),
		"DynamoDB table {address} is encrypted with the AWS owned key only",
		rule.NoBlock("DynamoDB table {address} has no server_side_encryption block: it uses the AWS owned key")),
}
