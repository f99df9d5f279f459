package cloudwatch

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// LogGroupCMK flags log groups that are not encrypted with a customer-managed
// KMS key. Without kms_key_id (or with "", or an AWS managed alias/aws/...
// key, kmskey) CloudWatch Logs encrypts with a key it manages; this holds for
// hashicorp/aws v3-v6.
var LogGroupCMK = &lint.Check{
	ID:       "aws-cloudwatch-log-group-cmk",
	Title:    "CloudWatch log group is not encrypted with a KMS key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Log events often hold request data, identifiers and sometimes secrets. Without a " +
		"customer-managed key, anyone allowed to read the log group reads them; a KMS key adds a separately " +
		"granted and audited decrypt permission, and can be disabled to cut access at once.",
	Remediation: "Set kms_key_id to a customer-managed key whose policy lets the logs service use it:\n\n" +
		"    resource \"aws_cloudwatch_log_group\" \"app\" {\n      kms_key_id = aws_kms_key.logs.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group",
	},
	Resources: []string{"aws_cloudwatch_log_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("kms_key_id")
			if kmskey.NotCustomer(a) {
				p.Reportf(a, "CloudWatch log group %s is not encrypted with a customer-managed KMS key", r.Address)
			}
		}
	},
}
