package neptune

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// DeletionProtection flags clusters without deletion protection. Default
// relied on: deletion_protection is false when absent (hashicorp/aws v3-v6).
var DeletionProtection = &lint.Check{
	ID:       "aws-neptune-deletion-protection",
	Title:    "Neptune cluster has no deletion protection",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without deletion protection, one API call or a terraform destroy removes the graph " +
		"database, and with skip_final_snapshot its data too. Deletion protection makes deleting a " +
		"deliberate two-step act that a compromised pipeline or a mistaken plan cannot do in passing.",
	Remediation: "Protect the cluster:\n\n    deletion_protection = true",
	Links: []string{
		"https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#deletion_protection",
	},
	Resources: []string{"aws_neptune_cluster"},
	Run: rule.On("deletion_protection", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Neptune cluster {address} has deletion_protection {value}",
		rule.Unset("Neptune cluster {address} sets no deletion_protection: it can be deleted in one call")),
}
