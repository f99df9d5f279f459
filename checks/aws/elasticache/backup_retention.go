package elasticache

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// BackupRetention flags Redis and Valkey caches without automatic backups.
// Default relied on: snapshot_retention_limit defaults to 0 (no automatic
// snapshots). Cache clusters that belong to a replication group are skipped:
// the group holds the setting.
var BackupRetention = &lint.Check{
	ID:       "aws-elasticache-backup-retention",
	Title:    "ElastiCache Redis has no automatic backups",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With snapshot_retention_limit 0 no automatic snapshot is taken, so data kept only in Redis or " +
		"Valkey (sessions, queues, counters) cannot be restored after a FLUSHALL, a faulty deployment or an " +
		"attacker's deletion.",
	Remediation: "Keep automatic snapshots for a few days:\n\n" +
		"    snapshot_retention_limit = 7\n    snapshot_window          = \"03:00-05:00\"",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#snapshot_retention_limit",
	},
	Resources: []string{"aws_elasticache_replication_group", "aws_elasticache_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_elasticache_cluster" && (rule.Given(r.Attr("replication_group_id")) || r.Attr("engine").Null()) {
				continue
			}
			if e, ok := engine(r); !ok || !redisLike(e) {
				continue
			}
			limit := r.Attr("snapshot_retention_limit")
			days, ok := limit.IntOr(0)
			switch {
			case !ok || days > 0:
			case limit.Null():
				p.Reportf(r, "ElastiCache %s keeps no automatic snapshots", r.Address)
			default:
				p.Reportf(limit, "ElastiCache %s has snapshot_retention_limit 0: no automatic snapshots", r.Address)
			}
		}
	},
}
