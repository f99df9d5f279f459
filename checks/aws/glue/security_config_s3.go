package glue

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// SecurityConfigS3 flags Glue security configurations that write job output
// to S3 unencrypted. s3_encryption_mode is optional and means DISABLED when
// absent (hashicorp/aws v3-v6, Glue API).
var SecurityConfigS3 = &lint.Check{
	ID:       "aws-glue-security-config-s3-encryption",
	Title:    "Glue security configuration does not encrypt S3 data",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Jobs, crawlers and development endpoints that use the security configuration write their " +
		"output and temporary data to S3 with this setting. DISABLED leaves that data to whatever default the " +
		"bucket has, and to none when the bucket has none.",
	Remediation: "Encrypt S3 data:\n\n" +
		"    s3_encryption {\n      s3_encryption_mode = \"SSE-KMS\"\n      kms_key_arn        = aws_kms_key.glue.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration#s3_encryption",
	},
	Resources: []string{"aws_glue_security_configuration"},
	Run: rule.OneOf("encryption_configuration.s3_encryption.s3_encryption_mode", []string{"SSE-KMS", "SSE-S3"},
		rule.Default("DISABLED").For("hashicorp/aws v3-v6"),
		"Glue security configuration {address} sets S3 encryption to {value}",
		rule.Unset("Glue security configuration {address} leaves S3 encryption unset: it is DISABLED")),
}
