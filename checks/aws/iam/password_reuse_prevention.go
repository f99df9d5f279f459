package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordReusePrevention flags account password policies that remember
// fewer than 24 previous passwords (absent: none).
var PasswordReusePrevention = &lint.Check{
	ID:       "aws-iam-password-reuse-prevention",
	Title:    "IAM password policy allows reusing recent passwords",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Without reuse prevention a user asked to change a leaked or expired password can set it " +
		"right back, so the change protects nothing. CIS AWS Foundations asks the policy to remember the " +
		"last 24 passwords, the most IAM allows.",
	Remediation: "Set password_reuse_prevention to 24:\n\n    password_reuse_prevention = 24",
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run:         atLeast("password_reuse_prevention", 24, 0, "previous passwords can be reused"),
}
