package elasticache

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AuthToken flags encrypted replication groups that let clients in without
// authenticating: neither an AUTH token nor an RBAC user group is set.
// Groups without transit encryption are left to EncryptInTransit (AUTH needs it).
var AuthToken = &lint.Check{
	ID:       "aws-elasticache-auth-token",
	Title:    "ElastiCache replication group requires no authentication",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without an AUTH token or an RBAC user group, any client that can reach the replication group " +
		"may read, change and flush every key. Security groups become the only control over the cached data.",
	Remediation: "Set an AUTH token from a secret, or attach an RBAC user group:\n\n" +
		"    auth_token     = random_password.redis.result\n    # or\n    user_group_ids = [aws_elasticache_user_group.app.user_group_id]",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auth_token",
	},
	Resources: []string{"aws_elasticache_replication_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if on, ok := r.Attr("transit_encryption_enabled").BoolOr(false); !ok || !on {
				continue
			}
			if e, ok := engine(r); !ok || !redisLike(e) {
				continue
			}
			token := r.Attr("auth_token")
			if rule.Given(token) || rule.Given(r.Attr("auth_token_wo")) {
				continue
			}
			groups := r.Attr("user_group_ids")
			if !groups.Null() && (!groups.Known() || len(groups.Elements()) > 0) {
				continue
			}
			p.Reportf(r, "ElastiCache replication group %s sets neither auth_token nor user_group_ids", r.Address)
		}
	},
}
