package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// SSLPolicyMinTLS flags SSL policies that accept TLS before 1.2. Default
// relied on (hashicorp/google v4-v6): min_tls_version is TLS_1_0.
var SSLPolicyMinTLS = &lint.Check{
	ID:       "google-network-ssl-policy-min-tls",
	Title:    "SSL policy accepts TLS versions before 1.2",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 rely on constructions that are broken or deprecated (RFC 8996), and a load " +
		"balancer that still accepts them lets an active attacker steer clients to the weakest version both sides " +
		"support. Requiring TLS 1.2 keeps traffic on ciphers that are still considered sound.",
	Remediation: "Require TLS 1.2 or later:\n\n" +
		"    resource \"google_compute_ssl_policy\" \"modern\" {\n      name            = \"modern\"\n" +
		"      profile         = \"MODERN\"\n      min_tls_version = \"TLS_1_2\"\n    }",
	Links: []string{
		sslPolicyDoc,
		registry(sslPolicyType, "min_tls_version"),
		registry(regionSSLPolicyType, "min_tls_version"),
	},
	Resources: sslPolicyTypes,
	Run: rule.OneOf("min_tls_version", []string{"TLS_1_2", "TLS_1_3"}, rule.Default("TLS_1_0").For("hashicorp/google v4-v6"),
		"SSL policy {address} accepts TLS before 1.2 (min_tls_version = {value})",
		rule.Unset("SSL policy {address} accepts TLS 1.0 (min_tls_version defaults to TLS_1_0)")),
}
