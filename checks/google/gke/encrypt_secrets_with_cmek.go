package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptSecretsWithCMEK flags clusters without application-layer secrets
// encryption. Default relied on: without a database_encryption block, or
// with state absent, secrets are stored with Google's default encryption
// only ("DECRYPTED", hashicorp/google and google-beta v4-v6). Autopilot
// clusters may set it as well.
var EncryptSecretsWithCMEK = &lint.Check{
	ID:       "google-gke-encrypt-secrets-with-cmek",
	Title:    "GKE cluster does not encrypt Kubernetes secrets with a customer-managed key",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Application-layer secrets encryption wraps every Kubernetes Secret in etcd with a Cloud KMS " +
		"key you control. Without it anyone who gets a copy of etcd or its backups reads the secrets, and you " +
		"cannot revoke access by disabling a key.",
	Remediation: "Encrypt secrets with a Cloud KMS key:\n\n" +
		"    database_encryption {\n      state    = \"ENCRYPTED\"\n      key_name = google_kms_crypto_key.gke.id\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
		registry + "#database_encryption",
	},
	Resources: []string{clusterType},
	Run: rule.OneOf("database_encryption.state", []string{"ENCRYPTED"},
		rule.Default("DECRYPTED").For("hashicorp/google v4-v6"),
		"GKE cluster {address} does not encrypt Kubernetes secrets with a Cloud KMS key (state {value})",
		rule.NoBlock("GKE cluster {address} has no database_encryption block: Kubernetes secrets are not encrypted with a Cloud KMS key")),
}
