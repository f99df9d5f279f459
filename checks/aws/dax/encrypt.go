// Package dax holds the checks for DynamoDB Accelerator (DAX) clusters.
package dax

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// Encrypt flags DAX clusters without encryption at rest.
// Default relied on: server_side_encryption.enabled defaults to false.
var Encrypt = &lint.Check{
	ID:       "aws-dax-encrypt",
	Title:    "DAX cluster is not encrypted at rest",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A DAX cluster caches DynamoDB items, query results and its configuration on node storage. " +
		"Without encryption at rest that copy of the table data sits unencrypted, even when the table itself is " +
		"encrypted. Encryption can only be chosen when the cluster is created.",
	Remediation: "Enable server-side encryption when creating the cluster:\n\n" +
		"    server_side_encryption {\n      enabled = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption",
	},
	Resources: []string{"aws_dax_cluster"},
	Run: rule.On("server_side_encryption.enabled", rule.Default(false).For("hashicorp/aws, registry docs (latest)"),
		"DAX cluster {address} does not enable encryption at rest",
		rule.NoBlock("DAX cluster {address} has no server_side_encryption block: data is not encrypted at rest")),
}
