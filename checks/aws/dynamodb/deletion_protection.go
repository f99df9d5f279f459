package dynamodb

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// DeletionProtection flags tables that can be deleted in one call.
// Default relied on: deletion_protection_enabled defaults to false.
var DeletionProtection = &lint.Check{
	ID:       "aws-dynamodb-deletion-protection",
	Title:    "DynamoDB table has no deletion protection",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without deletion protection a single DeleteTable call, from a mistaken terraform destroy, a " +
		"script or a compromised principal, removes the table and its point-in-time recovery history at once.",
	Remediation: "Turn deletion protection on:\n\n" +
		"    deletion_protection_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#deletion_protection_enabled",
	},
	Resources: []string{"aws_dynamodb_table"},
	Run: rule.On("deletion_protection_enabled", rule.Default(false).For("hashicorp/aws, registry docs (latest)"),
		"DynamoDB table {address} turns deletion protection off",
		rule.Unset("DynamoDB table {address} does not enable deletion protection")),
}
