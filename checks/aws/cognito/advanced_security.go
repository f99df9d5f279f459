package cognito

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// AdvancedSecurity flags user pools whose threat protection (advanced
// security) is not enforced. Default relied on: without a user_pool_add_ons
// block, advanced_security_mode is OFF (hashicorp/aws v3-v6); AUDIT only
// records risk and blocks nothing.
var AdvancedSecurity = &lint.Check{
	ID:       "aws-cognito-advanced-security",
	Title:    "Cognito user pool does not enforce threat protection",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Cognito threat protection (advanced security) scores every sign-in for risk, checks " +
		"passwords against known leaked credentials and can block or challenge risky sign-ins. Off or in " +
		"audit mode, credential stuffing and sign-ins with compromised passwords go through unchallenged.",
	Remediation: "Enforce advanced security on the user pool:\n\n" +
		"    user_pool_add_ons {\n      advanced_security_mode = \"ENFORCED\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool#user_pool_add_ons",
	},
	Resources: []string{"aws_cognito_user_pool"},
	Run: rule.OneOf("user_pool_add_ons.advanced_security_mode", []string{"ENFORCED"},
		rule.Default("OFF").For("hashicorp/aws v3-v6"),
		"Cognito user pool {address} has advanced_security_mode {value}",
		rule.NoBlock("Cognito user pool {address} has no user_pool_add_ons block: threat protection is off")),
}
