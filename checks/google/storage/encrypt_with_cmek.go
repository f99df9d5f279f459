package storage

import "github.com/tenantlint/tenantlint/lint"

// EncryptWithCMEK flags buckets without a customer-managed default key.
// Default relied on: without encryption.default_kms_key_name, Cloud Storage
// encrypts with Google-managed keys (hashicorp/google v4-v6). An unknown key
// name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-storage-encrypt-with-cmek",
	Title:    "Cloud Storage bucket is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Cloud Storage always encrypts data at rest, by default with keys Google manages. A customer-managed " +
		"Cloud KMS key puts the key under your IAM and audit logs: you can see every use, rotate it on your " +
		"schedule, and disable it to make the data unreadable. Where a policy requires that control, set it.",
	Remediation: "Set a Cloud KMS key as the bucket's default key (the Cloud Storage service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    encryption {\n      default_kms_key_name = google_kms_crypto_key.storage.id\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/encryption/customer-managed-keys",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#encryption",
	},
	Resources: []string{bucketType},
	Run: func(p *lint.Pass) {
		for _, b := range p.Resources() {
			enc := b.Block("encryption")
			key := enc.Attr("default_kms_key_name")
			switch s, ok := key.StringOr(""); {
			case !ok:
			case !enc.Exists():
				p.Reportf(b, "Cloud Storage bucket %s has no encryption block: it uses Google-managed keys", b.Address)
			case s == "":
				p.Reportf(key, "Cloud Storage bucket %s sets no default_kms_key_name: it uses Google-managed keys", b.Address)
			}
		}
	},
}
