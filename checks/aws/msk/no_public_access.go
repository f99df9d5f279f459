package msk

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAccess flags clusters whose brokers get public IP addresses.
// Default relied on: public_access.type defaults to "DISABLED".
var NoPublicAccess = &lint.Check{
	ID:       "aws-msk-no-public-access",
	Title:    "MSK cluster brokers are reachable from the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With public_access type SERVICE_PROVIDED_EIPS every broker gets a public IP address. Wherever " +
		"the security groups let traffic in, the Kafka ports are open to the internet, leaving credential " +
		"guessing and broker vulnerabilities one step from the data.",
	Remediation: "Keep the brokers private and reach them through VPC peering, Transit Gateway or PrivateLink:\n\n" +
		"    connectivity_info {\n      public_access {\n        type = \"DISABLED\"\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#public_access",
	},
	Resources: []string{"aws_msk_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			t := r.Block("broker_node_group_info").Block("connectivity_info").Block("public_access").Attr("type")
			if v, ok := t.StringOr("DISABLED"); ok && strings.EqualFold(v, "SERVICE_PROVIDED_EIPS") {
				p.Reportf(t, "MSK cluster %s gives its brokers public IP addresses", r.Address)
			}
		}
	},
}
