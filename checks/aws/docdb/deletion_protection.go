package docdb

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// DeletionProtection flags clusters without deletion protection. Default
// relied on: deletion_protection is false when absent (hashicorp/aws v3-v6).
var DeletionProtection = &lint.Check{
	ID:       "aws-docdb-deletion-protection",
	Title:    "DocumentDB cluster has no deletion protection",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without deletion protection, one API call or a terraform destroy removes the cluster, and " +
		"with skip_final_snapshot its data too. Deletion protection makes deleting a deliberate two-step act " +
		"that a compromised pipeline or a mistaken plan cannot do in passing.",
	Remediation: "Protect the cluster:\n\n    deletion_protection = true",
	Links: []string{
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-delete.html#db-cluster-deletion-protection",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#deletion_protection",
	},
	Resources: []string{"aws_docdb_cluster"},
	Run: rule.On("deletion_protection", rule.Default(false).For("hashicorp/aws v3-v6"),
		"DocumentDB cluster {address} has deletion_protection {value}",
		rule.Unset("DocumentDB cluster {address} sets no deletion_protection: it can be deleted in one call")),
}
