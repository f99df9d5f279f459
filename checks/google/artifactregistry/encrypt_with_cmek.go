// Package artifactregistry holds the checks for Artifact Registry
// repositories. Public IAM grants on repositories are judged by
// google-iam-no-public-members.
package artifactregistry

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags repositories without a customer-managed key.
// Default relied on (hashicorp/google v4-v6): without kms_key_name, the
// repository's packages and images are encrypted with Google-managed keys.
// An unknown key name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-artifactregistry-encrypt-with-cmek",
	Title:    "Artifact Registry repository is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Container images and packages often embed code, configuration and occasionally credentials. " +
		"Artifact Registry encrypts them with Google-managed keys unless the repository names a Cloud KMS key, " +
		"which must be chosen when the repository is created.",
	Remediation: "Create the repository with a Cloud KMS key in its location (the Artifact Registry service " +
		"agent needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    kms_key_name = google_kms_crypto_key.artifacts.id",
	Links: []string{
		"https://cloud.google.com/artifact-registry/docs/cmek",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/artifact_registry_repository#kms_key_name",
	},
	Resources: []string{"google_artifact_registry_repository"},
	Run:       cmek.Required("Artifact Registry repository", "kms_key_name"),
}
