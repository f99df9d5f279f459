// Package cognito holds the checks for Cognito user pools and identity pools.
package cognito

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// UserPoolMFA flags user pools with multi-factor authentication off.
// Default relied on: mfa_configuration is "OFF" when absent (hashicorp/aws
// v3-v6). OPTIONAL lets users enrol a second factor and passes; OFF offers
// none at all.
var UserPoolMFA = &lint.Check{
	ID:       "aws-cognito-user-pool-mfa",
	Title:    "Cognito user pool has multi-factor authentication off",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "With MFA off, a user pool accepts a password alone. A leaked, reused or guessed password " +
		"then signs the attacker in as that user, with every token and permission the application gives the " +
		"user; no user can protect their account with a second factor.",
	Remediation: "Require (or at least offer) a second factor, for example TOTP:\n\n" +
		"    mfa_configuration = \"ON\"\n\n" +
		"    software_token_mfa_configuration {\n      enabled = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool#mfa_configuration",
	},
	Resources: []string{"aws_cognito_user_pool"},
	Run: rule.OneOf("mfa_configuration", []string{"ON", "OPTIONAL"}, rule.Default("OFF").For("hashicorp/aws v3-v6"),
		"Cognito user pool {address} has mfa_configuration {value}",
		rule.Unset("Cognito user pool {address} sets no mfa_configuration: multi-factor authentication is off")),
}
