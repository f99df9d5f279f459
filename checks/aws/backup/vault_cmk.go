// Package backup holds the checks for AWS Backup vaults and plans.
package backup

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// VaultCMK flags vaults encrypted with the AWS managed key.
// Default relied on: without kms_key_arn, AWS Backup uses the AWS managed
// key aws/backup (hashicorp/aws v3-v6); "" and alias/aws/... keys are no
// customer managed key either (kmskey).
var VaultCMK = &lint.Check{
	ID:       "aws-backup-vault-cmk",
	Title:    "Backup vault does not use a customer managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A vault without kms_key_arn encrypts recovery points with the AWS managed aws/backup key, whose " +
		"policy no one in the account can tighten. A customer managed key lets the key policy limit who can " +
		"restore or copy backups, and lets them be shared across accounts for isolation.",
	Remediation: "Encrypt the vault with a customer managed key:\n\n" +
		"    kms_key_arn = aws_kms_key.backup.arn",
	Links: []string{
		"https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn",
	},
	Resources: []string{"aws_backup_vault"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			key := r.Attr("kms_key_arn")
			switch {
			case !kmskey.NotCustomer(key):
			case key.Null():
				p.Reportf(r, "Backup vault %s sets no kms_key_arn: it uses the AWS managed key", r.Address)
			case kmskey.Of(key) == kmskey.None:
				p.Reportf(key, "Backup vault %s has an empty kms_key_arn: it uses the AWS managed key", r.Address)
			default:
				p.Reportf(key, "Backup vault %s names an AWS managed key, not a customer managed one", r.Address)
			}
		}
	},
}
