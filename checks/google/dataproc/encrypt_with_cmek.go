// Package dataproc holds the checks for Dataproc clusters.
package dataproc

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags clusters whose disks are not encrypted with a
// customer-managed key. Default relied on (hashicorp/google v4-v6): without
// cluster_config.encryption_config.kms_key_name, the cluster's persistent
// disks use Google-managed keys. An unknown key name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-dataproc-encrypt-with-cmek",
	Title:    "Dataproc cluster is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The persistent disks of a Dataproc cluster hold HDFS data, shuffle files and job state. By " +
		"default they are encrypted with Google-managed keys; a Cloud KMS key of your own makes their use " +
		"auditable and revocable.",
	Remediation: "Name a Cloud KMS key in the cluster's encryption_config (the Compute Engine service agent " +
		"needs roles/cloudkms.cryptoKeyEncrypterDecrypter on it):\n\n" +
		"    cluster_config {\n      encryption_config {\n        kms_key_name = google_kms_crypto_key.dataproc.id\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_cluster#encryption_config",
	},
	Resources: []string{"google_dataproc_cluster"},
	Run:       cmek.Required("Dataproc cluster", "cluster_config.encryption_config.kms_key_name"),
}
