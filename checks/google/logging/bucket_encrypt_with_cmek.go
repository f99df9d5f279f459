package logging

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// BucketEncryptWithCMEK flags log buckets without a customer-managed key.
// Default relied on (hashicorp/google v4-v6): without
// cmek_settings.kms_key_name, log entries are stored encrypted with
// Google-managed keys (unless the project's or organisation's default
// Logging settings name a key, which lies outside the bucket resource). An
// unknown key name is not reported.
var BucketEncryptWithCMEK = &lint.Check{
	ID:       "google-logging-bucket-encrypt-with-cmek",
	Title:    "Log bucket is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Logs hold request details, identities and sometimes data that leaked into messages. Cloud " +
		"Logging encrypts buckets with Google-managed keys unless the bucket names a Cloud KMS key, which puts " +
		"access to the stored logs under your key's IAM and audit trail.",
	Remediation: "Name a Cloud KMS key in the bucket's region (the Logging service account of the project " +
		"needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    cmek_settings {\n      kms_key_name = google_kms_crypto_key.logs.id\n    }",
	Links: []string{
		"https://cloud.google.com/logging/docs/routing/managed-encryption-storage",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/logging_project_bucket_config#cmek_settings",
	},
	Resources: []string{bucketType},
	Run:       cmek.Required("Log bucket", "cmek_settings.kms_key_name"),
}
