package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordMinLength flags account password policies that accept passwords
// shorter than 14 characters (the provider default is 6).
var PasswordMinLength = &lint.Check{
	ID:       "aws-iam-password-min-length",
	Title:    "IAM password policy accepts passwords shorter than 14 characters",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Short passwords fall to guessing, spraying and offline cracking far sooner than long ones. " +
		"Left unset, the policy accepts 6 characters for IAM users' console passwords; CIS AWS Foundations " +
		"asks for at least 14.",
	Remediation: "Set minimum_password_length to 14 or more:\n\n    minimum_password_length = 14",
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run:         atLeast("minimum_password_length", 14, 6, "the default accepts 6 characters"),
}
