package elasticache

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/engver"
	"github.com/tenantlint/tenantlint/lint"
)

// LogDelivery flags Redis and Valkey replication groups and clusters that
// deliver no slow log or no engine log to CloudWatch Logs or Kinesis Data
// Firehose. Default relied on: without a log_delivery_configuration block
// of a log_type nothing of that type is delivered (hashicorp/aws v4-v6).
// Redis before 6.0 has no slow-log delivery and before 6.2 no engine-log
// delivery, so those versions are not asked for what they cannot do; an
// absent engine_version is the current default, which has both. Memcached
// has neither, and a cluster that is a member of a replication group logs
// through the group. A block whose log_type or destination is unknown
// decides nothing.
var LogDelivery = &lint.Check{
	ID:       "aws-elasticache-log-delivery",
	Title:    "ElastiCache does not deliver its slow log or engine log",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "The Redis/Valkey slow log records the commands that took longest, and the engine log the " +
		"node's own events: replication, failovers, configuration changes, client errors. Kept only on the " +
		"node, both are short ring buffers lost on restart; without delivery, abuse such as KEYS scans or " +
		"a node under attack leaves nothing to investigate afterwards.",
	Remediation: "Deliver both logs to CloudWatch Logs:\n\n" +
		"    log_delivery_configuration {\n" +
		"      destination      = aws_cloudwatch_log_group.redis.name\n" +
		"      destination_type = \"cloudwatch-logs\"\n" +
		"      log_format       = \"json\"\n" +
		"      log_type         = \"slow-log\"\n" +
		"    }\n" +
		"    log_delivery_configuration {\n" +
		"      destination      = aws_cloudwatch_log_group.redis.name\n" +
		"      destination_type = \"cloudwatch-logs\"\n" +
		"      log_format       = \"json\"\n" +
		"      log_type         = \"engine-log\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Log_Delivery.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#log_delivery_configuration",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_cluster#log_delivery_configuration",
	},
	Resources: []string{"aws_elasticache_replication_group", "aws_elasticache_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			e, ok := engine(r)
			if !ok || !redisLike(e) || r.Type == "aws_elasticache_cluster" && !r.Attr("replication_group_id").Null() {
				continue
			}
			slow, eng, ok := logsFor(r, e)
			if !ok {
				continue
			}
			delivered, decided := deliveredLogs(r)
			if !decided {
				continue
			}
			what := "replication group"
			if r.Type == "aws_elasticache_cluster" {
				what = "cluster"
			}
			for _, t := range []struct {
				logType string
				want    bool
				name    string
			}{{"slow-log", slow, "slow log"}, {"engine-log", eng, "engine log"}} {
				if t.want && !delivered[t.logType] {
					p.Reportf(r, "ElastiCache %s %s does not deliver its %s (no log_delivery_configuration with log_type = %q)", what, r.Address, t.name, t.logType)
				}
			}
		}
	},
}

// logsFor says which logs the engine version can deliver: the slow log from
// Redis 6.0, the engine log from Redis 6.2, both on every Valkey. ok is
// false when the version is unknown or unreadable.
func logsFor(r *lint.Resource, engine string) (slow, eng, ok bool) {
	a := r.Attr("engine_version")
	if a.Null() || engine == "valkey" {
		return true, true, true
	}
	s, known := a.StringOr("")
	if !known {
		return false, false, false
	}
	v, parsed := engver.Parse(s)
	if !parsed {
		return false, false, false
	}
	return v.AtLeast(6, 0), v.AtLeast(6, 2), true
}

// deliveredLogs returns the log types the resource's log_delivery_configuration
// blocks deliver to a destination; decided is false when a block's log_type
// or destination is unknown.
func deliveredLogs(r *lint.Resource) (map[string]bool, bool) {
	out := map[string]bool{}
	for _, b := range r.Blocks("log_delivery_configuration") {
		t, ok1 := b.Attr("log_type").StringOr("")
		d, ok2 := b.Attr("destination").StringOr("")
		if !ok1 || !ok2 {
			return nil, false
		}
		if d != "" {
			out[t] = true
		}
	}
	return out, true
}
