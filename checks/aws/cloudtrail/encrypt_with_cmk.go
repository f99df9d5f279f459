package cloudtrail

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags trails that do not encrypt their log files with a
// customer-managed KMS key. Without kms_key_id (or with "") CloudTrail uses
// SSE-S3 (hashicorp/aws v3-v6); an AWS managed alias/aws/... key is not
// customer managed either (kmskey).
var EncryptWithCMK = &lint.Check{
	ID:       "aws-cloudtrail-encrypt-with-cmk",
	Title:    "CloudTrail logs are not encrypted with a KMS key",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Without kms_key_id the trail's log files are encrypted with S3-managed keys, so anyone who can " +
		"read the log bucket can read the account's whole API history. SSE-KMS with a customer-managed key adds " +
		"a second, separately audited permission (kms:Decrypt) in front of the logs.",
	Remediation: "Set kms_key_id to a customer-managed key whose policy lets CloudTrail encrypt:\n\n" +
		"    resource \"aws_cloudtrail\" \"main\" {\n      kms_key_id = aws_kms_key.trail.arn\n      ...\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail",
	},
	Resources: []string{"aws_cloudtrail"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("kms_key_id")
			switch kmskey.Of(a) {
			case kmskey.None:
				p.Reportf(a, "CloudTrail trail %s does not encrypt its logs with a KMS key", r.Address)
			case kmskey.AWSManaged:
				p.Reportf(a, "CloudTrail trail %s names an AWS managed key, not a customer-managed one", r.Address)
			case kmskey.Customer, kmskey.Unknown:
			}
		}
	},
}
