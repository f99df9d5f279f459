package glue

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// SecurityConfigCloudWatch flags Glue security configurations that do not
// encrypt the logs jobs write to CloudWatch Logs. cloudwatch_encryption_mode
// means DISABLED when absent (hashicorp/aws v3-v6, Glue API).
var SecurityConfigCloudWatch = &lint.Check{
	ID:       "aws-glue-security-config-cloudwatch-encryption",
	Title:    "Glue security configuration does not encrypt CloudWatch logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Glue job logs carry the job's output, error traces and often samples of the records being " +
		"transformed. Without CloudWatch encryption in the security configuration, they are stored without a " +
		"key the account controls.",
	Remediation: "Encrypt the logs with KMS:\n\n" +
		"    cloudwatch_encryption {\n      cloudwatch_encryption_mode = \"SSE-KMS\"\n      kms_key_arn                = aws_kms_key.glue.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration#cloudwatch_encryption",
	},
	Resources: []string{"aws_glue_security_configuration"},
	Run: rule.OneOf("encryption_configuration.cloudwatch_encryption.cloudwatch_encryption_mode", []string{"SSE-KMS"},
		rule.Default("DISABLED").For("hashicorp/aws v3-v6"),
		"Glue security configuration {address} sets CloudWatch logs encryption to {value}",
		rule.Unset("Glue security configuration {address} leaves CloudWatch logs encryption unset: it is DISABLED")),
}
