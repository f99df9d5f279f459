package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordRequireSymbols flags account password policies that do not require
// a symbol in IAM user passwords (require_symbols defaults to false).
var PasswordRequireSymbols = &lint.Check{
	ID:          "aws-iam-password-require-symbols",
	Title:       "IAM password policy does not require symbols",
	Severity:    lint.Low,
	Domain:      lint.Identity,
	Model:       lint.SaaS,
	Description: classDescription,
	Remediation: requireRemediation("require_symbols"),
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run:         requireFlag("require_symbols", "a symbol"),
}
