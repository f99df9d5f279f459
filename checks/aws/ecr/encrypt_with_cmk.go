package ecr

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags repositories encrypted with the AWS-managed AES-256
// default instead of a KMS key, or KMS with the AWS managed key aws/ecr.
// Defaults relied on (hashicorp/aws v3-v6): encryption_type is AES256; KMS
// without kms_key (or with "") uses aws/ecr.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-ecr-encrypt-with-cmk",
	Title:    "ECR repository is not encrypted with a KMS key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "ECR always encrypts images at rest, by default with keys AWS manages for the service. With " +
		"a KMS key, a key policy decides who may decrypt the layers and CloudTrail records every use, which " +
		"matters for images that embed proprietary code or data.",
	Remediation: "Use KMS encryption with a customer-managed key (set when the repository is created):\n\n" +
		"    encryption_configuration {\n" +
		"      encryption_type = \"KMS\"\n" +
		"      kms_key         = aws_kms_key.ecr.arn\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#encryption_configuration",
	},
	Resources: []string{"aws_ecr_repository"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			cfg := r.Block("encryption_configuration")
			t := cfg.Attr("encryption_type")
			v, ok := t.StringOr("AES256")
			switch {
			case !ok:
			case !strings.HasPrefix(v, "KMS"):
				p.Reportf(t, "ECR repository %s is encrypted with the default AES256 keys, not a KMS key", r.Address)
			case kmskey.NotCustomer(cfg.Attr("kms_key")):
				p.Reportf(kmskey.At(cfg.Attr("kms_key"), t), "ECR repository %s uses the AWS managed key aws/ecr, not a customer-managed key", r.Address)
			}
		}
	},
}
