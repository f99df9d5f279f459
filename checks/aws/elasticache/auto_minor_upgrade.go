package elasticache

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AutoMinorUpgrade flags Redis and Valkey replication groups and clusters
// that turn off automatic minor version upgrades. Default relied on:
// auto_minor_version_upgrade is true when absent (hashicorp/aws v4-v6; a
// string "true" on aws_elasticache_cluster), so only an explicit false is
// reported. Memcached ignores the argument, and a cluster that is a member
// of a replication group takes the group's setting.
var AutoMinorUpgrade = &lint.Check{
	ID:       "aws-elasticache-auto-minor-upgrade",
	Title:    "ElastiCache does not upgrade minor versions automatically",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Minor Redis and Valkey engine versions carry security fixes. With automatic minor " +
		"version upgrades off, the cache keeps running a version with known flaws until someone upgrades it by hand.",
	Remediation: "Remove auto_minor_version_upgrade or set it to true:\n\n    auto_minor_version_upgrade = true",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auto_minor_version_upgrade",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_cluster#auto_minor_version_upgrade",
	},
	Resources: []string{"aws_elasticache_replication_group", "aws_elasticache_cluster"},
	Run: rule.On("auto_minor_version_upgrade", rule.Default(true).For("hashicorp/aws v4-v6"),
		"ElastiCache {address} turns off automatic minor version upgrades",
		rule.Skip(func(r *lint.Resource) bool {
			e, ok := engine(r)
			return !ok || !redisLike(e) || !r.Attr("replication_group_id").Null() && r.Type == "aws_elasticache_cluster"
		})),
}
