package opensearch

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// TLSPolicy flags domains whose HTTPS endpoint still accepts TLS 1.0 and 1.1.
// Only an explicit policy is read; an absent one is left to AWS.
var TLSPolicy = &lint.Check{
	ID:       "aws-opensearch-tls-policy",
	Title:    "OpenSearch domain accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The Policy-Min-TLS-1-0-2019-07 security policy lets clients negotiate TLS 1.0 and 1.1, " +
		"protocols with known weaknesses that downgrade attacks can force. Traffic to the domain then depends " +
		"on the weakest client.",
	Remediation: "Use a TLS 1.2 (or newer) security policy:\n\n" +
		"    domain_endpoint_options {\n      tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\"\n    }",
	Links: append([]string{
		"https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
	}, domainLinks("tls_security_policy")...),
	Resources: domains,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			pol := r.Block("domain_endpoint_options").Attr("tls_security_policy")
			if v, ok := pol.StringOr(""); ok && strings.HasPrefix(v, "Policy-Min-TLS-1-0") {
				p.Reportf(pol, "OpenSearch domain %s uses TLS policy %s", r.Address, pol.Display())
			}
		}
	},
}
