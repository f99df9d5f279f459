package opensearch

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnforceHTTPS flags domains that explicitly accept plain HTTP.
// Only an explicit enforce_https = false is reported: the provider documents
// true as the default inside domain_endpoint_options, and leaves the setting
// to AWS when the block is absent.
var EnforceHTTPS = &lint.Check{
	ID:       "aws-opensearch-enforce-https",
	Title:    "OpenSearch domain accepts plain HTTP",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With enforce_https false, clients may send requests, credentials and signed headers to the " +
		"domain over plain HTTP, and read documents back the same way. Anyone able to observe the network path " +
		"can read or alter them.",
	Remediation: "Require HTTPS with a TLS 1.2 policy:\n\n" +
		"    domain_endpoint_options {\n      enforce_https       = true\n      tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"\n    }",
	Links: append([]string{
		"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html",
	}, domainLinks("enforce_https")...),
	Resources: domains,
	Run: rule.On("domain_endpoint_options.enforce_https", rule.Default(true).For("hashicorp/aws, registry docs (latest)"),
		"OpenSearch domain {address} does not require HTTPS"),
}
