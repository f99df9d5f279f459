package dms

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// RedisTLS flags Redis target endpoints that connect in plain text. Default
// relied on: redis_settings.ssl_security_protocol is "ssl-encryption" when
// absent (hashicorp/aws v5-v6 and the v4 releases that have
// redis_settings), so only an explicit "plaintext" is reported.
var RedisTLS = &lint.Check{
	ID:       "aws-dms-redis-tls",
	Title:    "DMS Redis endpoint connects without TLS",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A Redis target endpoint with ssl_security_protocol plaintext sends the Redis credentials " +
		"and every replicated record in clear text between the replication instance and the cluster.",
	Remediation: "Encrypt the connection:\n\n" +
		"    redis_settings {\n      ssl_security_protocol = \"ssl-encryption\"\n      # ...\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redis.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint#redis_settings",
	},
	Resources: []string{"aws_dms_endpoint"},
	Run: rule.OneOf("redis_settings.ssl_security_protocol", []string{"ssl-encryption"},
		rule.Default("ssl-encryption").For("hashicorp/aws v5-v6, late v4"),
		"DMS endpoint {address} connects to Redis with ssl_security_protocol {value}",
		rule.Skip(func(r *lint.Resource) bool {
			engine, ok := r.Attr("engine_name").StringOr("")
			return !ok || !strings.EqualFold(engine, "redis")
		})),
}
