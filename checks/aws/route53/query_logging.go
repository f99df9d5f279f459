// Package route53 holds the checks for Route 53 hosted zones.
package route53

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// QueryLogging flags public hosted zones without DNS query logging: no
// aws_route53_query_log names the zone. Default relied on: a zone logs no
// queries unless a query logging configuration names it (hashicorp/aws
// v3-v6). A zone with a vpc block is private and left alone (resolver query
// logging covers those); a query log whose zone cannot be known silences
// the check.
var QueryLogging = &lint.Check{
	ID:       "aws-route53-query-logging",
	Title:    "Route 53 public hosted zone does not log DNS queries",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Query logs record which names of a public zone were resolved, by which resolvers and with " +
		"what answer. Without them reconnaissance of the zone, subdomain enumeration and the lookups of a " +
		"hijacked or phishing subdomain leave no record.",
	Remediation: "Log queries to a CloudWatch log group in us-east-1:\n\n" +
		"    resource \"aws_route53_query_log\" \"zone\" {\n" +
		"      zone_id                  = aws_route53_zone.public.zone_id\n" +
		"      cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log",
	},
	Resources: []string{"aws_route53_zone"},
	Run: func(p *lint.Pass) {
		for _, z := range p.Resources() {
			if len(z.Blocks("vpc")) > 0 {
				continue
			}
			logs, certain := p.Module.Companions(names.AWS, z, "aws_route53_query_log", "zone_id")
			if len(logs) == 0 && certain {
				p.Reportf(z, "Route 53 public hosted zone %s has no query logging", z.Address)
			}
		}
	},
}
