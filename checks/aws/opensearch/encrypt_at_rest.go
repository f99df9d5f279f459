package opensearch

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptAtRest flags domains that store indices unencrypted.
// Default relied on: without an encrypt_at_rest block, encryption at rest is
// off (provider docs: enabled defaults to false).
var EncryptAtRest = &lint.Check{
	ID:       "aws-opensearch-encrypt-at-rest",
	Title:    "OpenSearch domain is not encrypted at rest",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without encryption at rest, a domain's indices, swap files, logs and automated snapshots are " +
		"stored unencrypted. Search domains often index logs, customer records and documents in full.",
	Remediation: "Enable encryption at rest, optionally with a customer managed key:\n\n" +
		"    encrypt_at_rest {\n      enabled    = true\n      kms_key_id = aws_kms_key.search.arn\n    }",
	Links: append([]string{
		"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
	}, domainLinks("encrypt_at_rest")...),
	Resources: domains,
	Run: rule.On("encrypt_at_rest.enabled", rule.Default(false).For("hashicorp/aws, registry docs (latest)"),
		"OpenSearch domain {address} does not enable encryption at rest",
		rule.NoBlock("OpenSearch domain {address} has no encrypt_at_rest block: data is not encrypted at rest")),
}
