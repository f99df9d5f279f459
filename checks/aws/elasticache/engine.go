// Package elasticache holds the checks for ElastiCache clusters and
// replication groups.
package elasticache

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// engine returns the lower-case engine of a cluster or replication group
// ("redis" when absent, the provider default); ok is false when unknown.
func engine(r *lint.Resource) (string, bool) {
	e, ok := r.Attr("engine").StringOr("redis")
	return strings.ToLower(e), ok
}

// redisLike says whether an engine keeps data and speaks the Redis protocol.
func redisLike(e string) bool { return e == "redis" || e == "valkey" }
