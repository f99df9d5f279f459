package elasticache

import "github.com/tenantlint/tenantlint/lint"

// EncryptAtRest flags replication groups that store data unencrypted.
// Default relied on: at_rest_encryption_enabled defaults to false for the
// redis engine (the default engine) and to true for valkey.
var EncryptAtRest = &lint.Check{
	ID:       "aws-elasticache-encrypt-at-rest",
	Title:    "ElastiCache replication group is not encrypted at rest",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without encryption at rest, the data a Redis or Valkey replication group writes to disk " +
		"(during synchronisation and swap) and its backups in S3 are unencrypted. Caches often hold sessions, " +
		"tokens and copies of database rows. Encryption can only be chosen when the group is created.",
	Remediation: "Enable encryption at rest, optionally with a customer managed key:\n\n" +
		"    at_rest_encryption_enabled = true\n    kms_key_id                 = aws_kms_key.cache.arn",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled",
	},
	Resources: []string{"aws_elasticache_replication_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc := r.Attr("at_rest_encryption_enabled")
			e, known := engine(r)
			if enc.Null() && (!known || e == "valkey") {
				continue
			}
			on, ok := enc.BoolOr(false)
			switch {
			case !ok || on:
			case enc.Null():
				p.Reportf(r, "ElastiCache replication group %s does not enable encryption at rest", r.Address)
			default:
				p.Reportf(enc, "ElastiCache replication group %s turns encryption at rest off", r.Address)
			}
		}
	},
}
