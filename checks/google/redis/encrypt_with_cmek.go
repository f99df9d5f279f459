package redis

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/cmek"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMEK flags instances without a customer-managed key. Default
// relied on (hashicorp/google v4-v6): without customer_managed_key, the
// instance's persisted data (RDB snapshots, AOF) is encrypted with
// Google-managed keys. An unknown key name is not reported.
var EncryptWithCMEK = &lint.Check{
	ID:       "google-redis-encrypt-with-cmek",
	Title:    "Memorystore for Redis instance is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Memorystore writes the instance's data to disk for persistence and replication, encrypted by " +
		"default with keys Google manages. A Cloud KMS key of your own makes every use auditable and lets you " +
		"revoke access to the stored data.",
	Remediation: "Name a Cloud KMS key (the Memorystore service agent needs " +
		"roles/cloudkms.cryptoKeyEncrypterDecrypter on it; the key is set at creation):\n\n" +
		"    customer_managed_key = google_kms_crypto_key.redis.id",
	Links: []string{
		"https://cloud.google.com/memorystore/docs/redis/cmek",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#customer_managed_key",
	},
	Resources: []string{instanceType},
	Run:       cmek.Required("Memorystore for Redis instance", "customer_managed_key"),
}
