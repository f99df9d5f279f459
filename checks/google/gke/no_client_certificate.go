package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoClientCertificate flags clusters that issue a client certificate.
// Default relied on: master_auth.client_certificate_config.issue_client_certificate
// defaults to false (hashicorp/google and google-beta v4-v6).
var NoClientCertificate = &lint.Check{
	ID:       "google-gke-no-client-certificate",
	Title:    "GKE cluster issues a client certificate",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A client certificate issued at creation is a long-lived credential for the control plane that " +
		"cannot be revoked short of rotating the cluster's credentials. Its key also lands in the Terraform state, " +
		"where anyone who reads the state can authenticate to the cluster.",
	Remediation: "Authenticate with Google identities (gcloud, Workload Identity) and issue no certificate:\n\n" +
		"    master_auth {\n      client_certificate_config {\n        issue_client_certificate = false\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
		registry + "#issue_client_certificate",
	},
	Resources: []string{clusterType},
	Run: rule.Off("master_auth.client_certificate_config.issue_client_certificate",
		rule.Default(false).For("hashicorp/google v4-v6"),
		"GKE cluster {address} issues a client certificate for the control plane"),
}
