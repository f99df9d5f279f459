package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordRequireNumbers flags account password policies that do not require
// a number in IAM user passwords (require_numbers defaults to false).
var PasswordRequireNumbers = &lint.Check{
	ID:          "aws-iam-password-require-numbers",
	Title:       "IAM password policy does not require digits",
	Severity:    lint.Low,
	Domain:      lint.Identity,
	Model:       lint.SaaS,
	Description: classDescription,
	Remediation: requireRemediation("require_numbers"),
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run:         requireFlag("require_numbers", "a number"),
}
