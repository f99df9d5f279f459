package elasticache

import "github.com/tenantlint/tenantlint/lint"

// EncryptInTransit flags replication groups that accept plaintext
// connections. Default relied on: transit_encryption_enabled defaults to
// false for the redis engine; an absent setting on valkey is left alone.
var EncryptInTransit = &lint.Check{
	ID:       "aws-elasticache-encrypt-in-transit",
	Title:    "ElastiCache replication group is not encrypted in transit",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without encryption in transit, clients and replicas exchange cached data and commands in " +
		"plaintext, and AUTH tokens cannot be used at all. Anyone able to observe the network path inside the " +
		"VPC can read sessions, tokens and cached records.",
	Remediation: "Enable encryption in transit (and use an AUTH token or RBAC user group):\n\n" +
		"    transit_encryption_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled",
	},
	Resources: []string{"aws_elasticache_replication_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			tr := r.Attr("transit_encryption_enabled")
			e, known := engine(r)
			if tr.Null() && (!known || e != "redis") {
				continue
			}
			on, ok := tr.BoolOr(false)
			switch {
			case !ok || on:
			case tr.Null():
				p.Reportf(r, "ElastiCache replication group %s does not enable encryption in transit", r.Address)
			default:
				p.Reportf(tr, "ElastiCache replication group %s turns encryption in transit off", r.Address)
			}
		}
	},
}
