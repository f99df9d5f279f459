package iam

import "github.com/tenantlint/tenantlint/lint"

// PasswordMaxAge flags account password policies whose passwords never
// expire (max_password_age absent) or live longer than 90 days.
var PasswordMaxAge = &lint.Check{
	ID:       "aws-iam-password-max-age",
	Title:    "IAM password policy lets passwords live longer than 90 days",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A password that never expires stays valid for as long as it stays leaked. CIS AWS " +
		"Foundations 1.x asks IAM user passwords to expire within 90 days; with MFA enforced and long " +
		"passwords the benefit is smaller, hence the low severity.",
	Remediation: "Set max_password_age to 90 days or fewer:\n\n    max_password_age = 90",
	Links:       passwordPolicyLinks,
	Resources:   []string{passwordPolicyType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("max_password_age")
			days, ok := a.IntOr(0)
			switch {
			case !ok:
			case a.Null() || days == 0:
				p.Reportf(a, "password policy %s sets no password expiry (max_password_age absent or 0)", r.Address)
			case days > 90:
				p.Reportf(a, "password policy %s lets passwords live %d days, more than 90", r.Address, days)
			}
		}
	},
}
