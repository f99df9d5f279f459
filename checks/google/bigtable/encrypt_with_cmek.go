// Package bigtable holds the checks for Bigtable instances.
package bigtable

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags the clusters of an instance without a
// customer-managed key. Default relied on (hashicorp/google v4-v6): without
// cluster.kms_key_name, the cluster's tables are encrypted with
// Google-managed keys. An unknown key name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-bigtable-encrypt-with-cmek",
	Title:    "Bigtable cluster is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Each Bigtable cluster stores its copy of the tables encrypted with Google-managed keys unless it " +
		"names a Cloud KMS key in its own region. A customer-managed key makes every use auditable and lets you " +
		"revoke access to the data; it can only be chosen when the cluster is created.",
	Remediation: "Name a Cloud KMS key in every cluster (the Bigtable service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    cluster {\n      cluster_id   = \"main\"\n      zone         = \"europe-west1-b\"\n" +
		"      kms_key_name = google_kms_crypto_key.bigtable.id\n    }",
	Links: []string{
		"https://cloud.google.com/bigtable/docs/cmek",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigtable_instance#kms_key_name",
	},
	Resources: []string{"google_bigtable_instance"},
	Run:       cmek.Required("Bigtable instance", "cluster.kms_key_name"),
}
