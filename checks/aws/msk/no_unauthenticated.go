package msk

import "github.com/tenantlint/tenantlint/lint"

// NoUnauthenticated flags clusters that explicitly allow unauthenticated
// clients. Default relied on: client_authentication.unauthenticated is false.
var NoUnauthenticated = &lint.Check{
	ID:       "aws-msk-no-unauthenticated",
	Title:    "MSK cluster allows unauthenticated access",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "With unauthenticated access enabled, any client that can reach the brokers may produce, consume " +
		"and delete records on every topic without identifying itself, and Kafka ACLs cannot tell clients apart. " +
		"Network rules become the only control over the data.",
	Remediation: "Turn unauthenticated access off and use IAM, SASL/SCRAM or mutual TLS:\n\n" +
		"    client_authentication {\n      unauthenticated = false\n      sasl {\n        iam = true\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#unauthenticated",
	},
	Resources: []string{"aws_msk_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			u := r.Block("client_authentication").Attr("unauthenticated")
			if on, ok := u.BoolOr(false); ok && on {
				p.Reportf(u, "MSK cluster %s allows unauthenticated clients", r.Address)
			}
		}
	},
}
