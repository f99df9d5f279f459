// Package secretmanager holds the checks for Secret Manager secrets. Public
// IAM grants on secrets are judged by google-iam-no-public-members.
package secretmanager

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags secrets whose replicas are not encrypted with a
// customer-managed key. The forms read: replication.auto (hashicorp/google
// v5-v6) and replication.automatic = true (v4) with
// customer_managed_encryption.kms_key_name; replication.user_managed with a
// customer_managed_encryption block in every replicas block. Default relied
// on (v4-v6): without customer_managed_encryption, secret payloads are
// encrypted with Google-managed keys. Unknown values are not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-secretmanager-encrypt-with-cmek",
	Title:    "Secret Manager secret is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Secret Manager encrypts payloads with Google-managed keys unless the replication policy names " +
		"Cloud KMS keys. With a customer-managed key, reading a secret also needs the key, so disabling the key " +
		"cuts off every copy at once and each use appears in Cloud KMS audit logs.",
	Remediation: "Name a Cloud KMS key in the replication policy (the Secret Manager service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    replication {\n      auto {\n        customer_managed_encryption {\n" +
		"          kms_key_name = google_kms_crypto_key.secrets.id\n        }\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/secret-manager/docs/cmek",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/secret_manager_secret#replication",
	},
	Resources: []string{"google_secret_manager_secret"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			rep := r.Block("replication")
			if !rep.Exists() {
				continue // replication is required; a missing block is a plan error, not a finding
			}
			var holders []*lint.Block // the blocks that may hold customer_managed_encryption
			switch {
			case rep.Block("user_managed").Exists():
				holders = rep.Block("user_managed").Blocks("replicas")
			case rep.Block("auto").Exists():
				holders = []*lint.Block{rep.Block("auto")}
			default:
				holders = []*lint.Block{rep}
			}
			for _, h := range holders {
				cme := h.Block("customer_managed_encryption")
				if !cme.Exists() {
					p.Reportf(h, "Secret Manager secret %s has a replica without customer_managed_encryption: it is encrypted with Google-managed keys", r.Address)
					continue
				}
				if key := cme.Attr("kms_key_name"); cmek.Missing(key) {
					p.Reportf(cme, "Secret Manager secret %s sets no kms_key_name: it is encrypted with Google-managed keys", r.Address)
				}
			}
		}
	},
}
