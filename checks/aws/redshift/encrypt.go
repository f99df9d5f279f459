// Package redshift holds the checks for Redshift clusters and their
// companion resources.
package redshift

import "github.com/tenantlint/tenantlint/lint"

// Encrypt flags clusters that turn encryption at rest off.
// Default relied on: encrypted defaults to true since AWS provider v6, and
// AWS encrypts new provisioned clusters by default since January 2025; an
// absent setting is therefore not reported.
var Encrypt = &lint.Check{
	ID:       "aws-redshift-encrypt",
	Title:    "Redshift cluster is not encrypted at rest",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A cluster created with encrypted = false keeps its data blocks, system metadata and snapshots " +
		"unencrypted. A data warehouse concentrates an organisation's most sensitive data, and unencrypted " +
		"snapshots can be copied or shared without any key policy to stop them.",
	Remediation: "Encrypt the cluster, ideally with a customer managed key:\n\n" +
		"    encrypted  = true\n    kms_key_id = aws_kms_key.redshift.arn",
	Links: []string{
		"https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted",
	},
	Resources: []string{"aws_redshift_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc := r.Attr("encrypted")
			if on, ok := enc.BoolOr(true); ok && !on {
				p.Reportf(enc, "Redshift cluster %s turns encryption at rest off", r.Address)
			}
		}
	},
}
