// Package msk holds the checks for Amazon MSK (managed Kafka) clusters.
package msk

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// EncryptInTransit flags clusters that accept plaintext connections.
// Defaults relied on: encryption_in_transit.client_broker defaults to "TLS"
// and in_cluster to true.
var EncryptInTransit = &lint.Check{
	ID:       "aws-msk-encrypt-in-transit",
	Title:    "MSK cluster allows plaintext traffic",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With client_broker set to PLAINTEXT or TLS_PLAINTEXT, clients may produce and consume records " +
		"without TLS, and with in_cluster = false brokers replicate data to each other unencrypted. Anyone able " +
		"to observe the network path can read the records and any SASL/SCRAM credentials sent over plaintext.",
	Remediation: "Require TLS between clients and brokers and inside the cluster:\n\n" +
		"    encryption_info {\n      encryption_in_transit {\n        client_broker = \"TLS\"\n        in_cluster    = true\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit",
	},
	Resources: []string{"aws_msk_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			eit := r.Block("encryption_info").Block("encryption_in_transit")
			cb := eit.Attr("client_broker")
			if v, ok := cb.StringOr("TLS"); ok && strings.Contains(strings.ToUpper(v), "PLAINTEXT") {
				p.Reportf(cb, "MSK cluster %s allows %s client connections", r.Address, cb.Display())
			}
			ic := eit.Attr("in_cluster")
			if on, ok := ic.BoolOr(true); ok && !on {
				p.Reportf(ic, "MSK cluster %s does not encrypt traffic between brokers", r.Address)
			}
		}
	},
}
