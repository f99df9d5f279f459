package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordRequireUppercase flags account password policies that do not require
// an uppercase letter in IAM user passwords (require_uppercase_characters defaults to false).
var PasswordRequireUppercase = &lint.Check{
	ID:          "aws-iam-password-require-uppercase",
	Title:       "IAM password policy does not require uppercase letters",
	Severity:    lint.Low,
	Domain:      lint.Identity,
	Model:       lint.SaaS,
	Description: classDescription,
	Remediation: requireRemediation("require_uppercase_characters"),
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run:         requireFlag("require_uppercase_characters", "an uppercase letter"),
}
