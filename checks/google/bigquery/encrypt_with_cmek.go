package bigquery

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags datasets without a default customer-managed key.
// Default relied on (hashicorp/google v4-v6): without
// default_encryption_configuration.kms_key_name, new tables are encrypted
// with Google-managed keys. An unknown key name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-bigquery-encrypt-with-cmek",
	Title:    "BigQuery dataset has no default customer-managed encryption key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "BigQuery encrypts tables at rest with Google-managed keys unless the dataset names a Cloud KMS " +
		"key as its default. A customer-managed key puts every use under your IAM and audit logs, and disabling " +
		"it makes the data unreadable, which some data-protection policies require.",
	Remediation: "Set a default key on the dataset (the BigQuery service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    default_encryption_configuration {\n      kms_key_name = google_kms_crypto_key.bq.id\n    }",
	Links: []string{
		"https://cloud.google.com/bigquery/docs/customer-managed-encryption",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#default_encryption_configuration",
	},
	Resources: []string{"google_bigquery_dataset"},
	Run:       cmek.Required("BigQuery dataset", "default_encryption_configuration.kms_key_name"),
}
