package secretsmanager

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// UseCMK flags secrets encrypted with the AWS managed key aws/secretsmanager,
// the default when kms_key_id is absent or empty (hashicorp/aws v3-v6), or
// any AWS managed alias/aws/... key (kmskey).
var UseCMK = &lint.Check{
	ID:       "aws-secretsmanager-use-cmk",
	Title:    "Secrets Manager secret uses the AWS managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Without kms_key_id a secret is encrypted with the account's aws/secretsmanager key, whose " +
		"policy lets every identity with secretsmanager:GetSecretValue decrypt it and which cannot be shared " +
		"with other accounts. A customer managed key adds a second, separately governed permission and " +
		"its own audit trail.",
	Remediation: "Set kms_key_id to a customer managed key:\n\n" +
		"    kms_key_id = aws_kms_key.secrets.arn",
	Links: []string{
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id",
	},
	Resources: []string{"aws_secretsmanager_secret"},
	Run: func(p *lint.Pass) {
		for _, s := range p.Resources() {
			a := s.Attr("kms_key_id")
			switch {
			case !kmskey.NotCustomer(a):
			case a.Null():
				p.Reportf(s, "Secrets Manager secret %s uses the AWS managed key aws/secretsmanager", s.Address)
			default:
				p.Reportf(a, "Secrets Manager secret %s uses an AWS managed key, not a customer managed one", s.Address)
			}
		}
	},
}
