// Package pubsub holds the checks for Pub/Sub topics. Public IAM grants on
// topics and subscriptions are judged by google-iam-no-public-members.
package pubsub

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags topics without a customer-managed key. Default
// relied on (hashicorp/google v4-v6): without kms_key_name, messages are
// encrypted with Google-managed keys. An unknown key name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-pubsub-encrypt-with-cmek",
	Title:    "Pub/Sub topic is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Pub/Sub stores messages until they are acknowledged, encrypted by default with keys Google " +
		"manages. A Cloud KMS key of your own lets you audit and revoke access to the stored messages, which " +
		"policies for sensitive events often require.",
	Remediation: "Name a Cloud KMS key on the topic (the Pub/Sub service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    kms_key_name = google_kms_crypto_key.pubsub.id",
	Links: []string{
		"https://cloud.google.com/pubsub/docs/encryption",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_topic#kms_key_name",
	},
	Resources: []string{"google_pubsub_topic"},
	Run:       cmek.Required("Pub/Sub topic", "kms_key_name"),
}
