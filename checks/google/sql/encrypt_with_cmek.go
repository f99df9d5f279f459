package sql

import "github.com/tenantlint/tenantlint/lint"

// EncryptWithCMEK flags instances without a customer-managed encryption
// key. Default relied on: without encryption_key_name, Cloud SQL encrypts
// with Google-managed keys (hashicorp/google v4-v6). Read replicas inherit
// their primary's key and are left alone; an unknown key name is not
// reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-sql-encrypt-with-cmek",
	Title:    "Cloud SQL instance is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Cloud SQL always encrypts data at rest, by default with keys Google manages. A customer-managed " +
		"Cloud KMS key puts the key's use under your IAM and audit logs and lets you revoke access to the data by " +
		"disabling it. The key can only be chosen when the instance is created.",
	Remediation: "Create the instance with a Cloud KMS key (the Cloud SQL service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    resource \"google_sql_database_instance\" \"db\" {\n      # ...\n" +
		"      encryption_key_name = google_kms_crypto_key.sql.id\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/cmek",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#encryption_key_name",
	},
	Resources: []string{instanceType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if replica(r) {
				continue
			}
			key := r.Attr("encryption_key_name")
			s, ok := key.StringOr("")
			switch {
			case !ok:
			case key.Null():
				p.Reportf(r, "Cloud SQL instance %s sets no encryption_key_name: it uses Google-managed keys", r.Address)
			case s == "":
				p.Reportf(key, "Cloud SQL instance %s sets an empty encryption_key_name: it uses Google-managed keys", r.Address)
			}
		}
	},
}
