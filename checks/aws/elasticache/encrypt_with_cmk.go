package elasticache

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags ElastiCache replication groups and serverless caches
// encrypted at rest with the AWS managed key. Defaults relied on
// (hashicorp/aws v4-v6): a replication group with at_rest_encryption_enabled
// = true and no kms_key_id (or "", or an alias/aws/... key, kmskey) uses the
// ElastiCache AWS managed key; serverless caches are always encrypted, with
// that key unless kms_key_id names another. Replication groups whose
// encryption is off are aws-elasticache-encrypt-at-rest's findings.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-elasticache-encrypt-with-cmk",
	Title:    "ElastiCache data is encrypted with the AWS managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Caches often hold session tokens and copies of sensitive records. With the AWS managed key, " +
		"no key policy the customer controls stands in front of the cache's disk, backups and snapshots, and " +
		"snapshots cannot be shared across accounts encrypted. A customer managed key adds a separately " +
		"granted and audited permission and can be disabled to cut access at once.",
	Remediation: "Encrypt with a customer managed key:\n\n" +
		"    at_rest_encryption_enabled = true\n" +
		"    kms_key_id                 = aws_kms_key.cache.arn",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#kms_key_id",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_serverless_cache#kms_key_id",
	},
	Resources: []string{"aws_elasticache_replication_group", "aws_elasticache_serverless_cache"},
	Run: kmskey.Require("kms_key_id", "for ElastiCache", func(r *lint.Resource) bool {
		return r.Type == "aws_elasticache_serverless_cache" || kmskey.On(r, "at_rest_encryption_enabled", false)
	}),
}
