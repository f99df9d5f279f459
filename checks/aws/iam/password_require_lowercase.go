package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordRequireLowercase flags account password policies that do not require
// a lowercase letter in IAM user passwords (require_lowercase_characters defaults to false).
var PasswordRequireLowercase = &lint.Check{
	ID:          "aws-iam-password-require-lowercase",
	Title:       "IAM password policy does not require lowercase letters",
	Severity:    lint.Low,
	Domain:      lint.Identity,
	Model:       lint.SaaS,
	Description: classDescription,
	Remediation: requireRemediation("require_lowercase_characters"),
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run:         requireFlag("require_lowercase_characters", "a lowercase letter"),
}
