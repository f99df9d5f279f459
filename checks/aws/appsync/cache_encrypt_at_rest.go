package appsync

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// CacheEncryptAtRest flags API caches that store responses unencrypted.
// Default relied on: at_rest_encryption_enabled is false when absent
// (hashicorp/aws v3-v6); it can only be chosen when the cache is created.
var CacheEncryptAtRest = &lint.Check{
	ID:       "aws-appsync-cache-encrypt-at-rest",
	Title:    "AppSync API cache is not encrypted at rest",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "An AppSync cache keeps resolver results, which can hold personal data and tokens, on the " +
		"cache nodes' disks. Without encryption at rest that copy of the data is stored unencrypted, " +
		"whatever the data sources behind the API do.",
	Remediation: "Encrypt the cache when creating it:\n\n    at_rest_encryption_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/appsync/latest/devguide/enabling-caching.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_api_cache#at_rest_encryption_enabled",
	},
	Resources: []string{"aws_appsync_api_cache"},
	Run: rule.On("at_rest_encryption_enabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"AppSync API cache {address} is not encrypted at rest"),
}
