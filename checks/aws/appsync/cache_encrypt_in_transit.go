package appsync

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// CacheEncryptInTransit flags API caches reached without TLS. Default
// relied on: transit_encryption_enabled is false when absent (hashicorp/aws
// v3-v6); it can only be chosen when the cache is created.
var CacheEncryptInTransit = &lint.Check{
	ID:       "aws-appsync-cache-encrypt-in-transit",
	Title:    "AppSync API cache is not encrypted in transit",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without transit encryption, resolver results travel between AppSync and its cache nodes " +
		"in plain text, where anything that can observe that traffic reads the cached data.",
	Remediation: "Encrypt cache traffic when creating the cache:\n\n    transit_encryption_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/appsync/latest/devguide/enabling-caching.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_api_cache#transit_encryption_enabled",
	},
	Resources: []string{"aws_appsync_api_cache"},
	Run: rule.On("transit_encryption_enabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"AppSync API cache {address} is not encrypted in transit"),
}
