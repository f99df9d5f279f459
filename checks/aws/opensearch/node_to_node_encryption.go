package opensearch

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NodeToNodeEncryption flags domains whose nodes talk to each other in
// plaintext. Default relied on: without a node_to_node_encryption block it
// is off (provider docs: enabled defaults to false).
var NodeToNodeEncryption = &lint.Check{
	ID:       "aws-opensearch-node-to-node-encryption",
	Title:    "OpenSearch domain does not encrypt traffic between nodes",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without node-to-node encryption, the nodes of a domain exchange documents, queries and results " +
		"in plaintext inside the VPC. It is also a prerequisite for fine-grained access control.",
	Remediation: "Enable node-to-node encryption:\n\n" +
		"    node_to_node_encryption {\n      enabled = true\n    }",
	Links: append([]string{
		"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
	}, domainLinks("node_to_node_encryption")...),
	Resources: domains,
	Run: rule.On("node_to_node_encryption.enabled", rule.Default(false).For("hashicorp/aws, registry docs (latest)"),
		"OpenSearch domain {address} does not enable node-to-node encryption",
		rule.NoBlock("OpenSearch domain {address} has no node_to_node_encryption block: nodes talk in plaintext")),
}
