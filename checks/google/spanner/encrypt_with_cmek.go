// Package spanner holds the checks for Cloud Spanner databases.
package spanner

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags databases without a customer-managed key: no
// encryption_config block, or one with neither kms_key_name nor
// kms_key_names (the multi-region form). Default relied on (hashicorp/google
// v4-v6): without encryption_config the database is encrypted with
// Google-managed keys. Unknown values are not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-spanner-encrypt-with-cmek",
	Title:    "Spanner database is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Spanner encrypts databases and their backups with Google-managed keys unless the database " +
		"names Cloud KMS keys when it is created. A customer-managed key makes every use auditable and " +
		"revocable, and it cannot be added to an existing database later.",
	Remediation: "Create the database with a Cloud KMS key in the instance's region (the Spanner service " +
		"agent needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    encryption_config {\n      kms_key_name = google_kms_crypto_key.spanner.id\n    }",
	Links: []string{
		"https://cloud.google.com/spanner/docs/cmek",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/spanner_database#encryption_config",
	},
	Resources: []string{"google_spanner_database"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc := r.Block("encryption_config")
			if !enc.Exists() {
				p.Reportf(r, "Spanner database %s has no encryption_config block: it is encrypted with Google-managed keys", r.Address)
				continue
			}
			one, many := enc.Attr("kms_key_name"), enc.Attr("kms_key_names")
			if !cmek.Missing(one) || !many.Known() {
				continue
			}
			if len(many.Strings()) > 0 {
				continue
			}
			p.Reportf(enc, "Spanner database %s names no kms_key_name: it is encrypted with Google-managed keys", r.Address)
		}
	},
}
