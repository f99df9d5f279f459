package cognito

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// DeletionProtection flags user pools that can be deleted in one call.
// Default relied on: deletion_protection is "INACTIVE" when absent
// (hashicorp/aws v5-v6 and the late v4 releases that have the argument;
// earlier releases lack it, and so the protection).
var DeletionProtection = &lint.Check{
	ID:       "aws-cognito-deletion-protection",
	Title:    "Cognito user pool has no deletion protection",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Deleting a user pool deletes every user in it, with their attributes, groups and second " +
		"factors, and it cannot be undone. Without deletion protection a mistaken plan or a compromised " +
		"pipeline removes the pool, and every user has to sign up again.",
	Remediation: "Turn deletion protection on:\n\n    deletion_protection = \"ACTIVE\"",
	Links: []string{
		"https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool#deletion_protection",
	},
	Resources: []string{"aws_cognito_user_pool"},
	Run: rule.OneOf("deletion_protection", []string{"ACTIVE"}, rule.Default("INACTIVE").For("hashicorp/aws v5-v6, late v4"),
		"Cognito user pool {address} has deletion_protection {value}",
		rule.Unset("Cognito user pool {address} sets no deletion_protection: it can be deleted with all its users")),
}
