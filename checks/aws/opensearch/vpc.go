package opensearch

import "github.com/tenantlint/tenantlint/lint"

// VPC flags domains created with a public endpoint.
// Default relied on: without vpc_options the domain gets a public endpoint,
// reachable from the internet and guarded only by its access policy.
var VPC = &lint.Check{
	ID:       "aws-opensearch-vpc",
	Title:    "OpenSearch domain has a public endpoint",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A domain without vpc_options is reachable from the whole internet; only its access policy and " +
		"fine-grained access control stand between the data and anyone who finds the endpoint. A policy that is " +
		"too broad, or an IP condition that is wrong, exposes every index. The choice cannot be changed later.",
	Remediation: "Place the domain in private subnets:\n\n" +
		"    vpc_options {\n      subnet_ids         = [aws_subnet.private_a.id]\n      security_group_ids = [aws_security_group.search.id]\n    }",
	Links: append([]string{
		"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
	}, domainLinks("vpc_options")...),
	Resources: domains,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			vpc := r.Block("vpc_options")
			if !vpc.Exists() {
				p.Reportf(r, "OpenSearch domain %s has no vpc_options: its endpoint is public", r.Address)
				continue
			}
			subnets := vpc.Attr("subnet_ids")
			if subnets.Known() && len(subnets.Elements()) == 0 {
				p.Reportf(vpc, "OpenSearch domain %s names no subnets: its endpoint is public", r.Address)
			}
		}
	},
}
