package iam

import (
	"fmt"

	"github.com/tenantlint/tenantlint/lint"
)

// Provider defaults of aws_iam_account_password_policy (registry docs):
// minimum_password_length is 6; the require_* flags are false; absent
// password_reuse_prevention means no reuse prevention; absent
// max_password_age means passwords never expire.

const passwordPolicyType = "aws_iam_account_password_policy"

var passwordPolicyLinks = []string{
	"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
	"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy",
}

// requireFlag reports password policies that leave a require_* flag false.
func requireFlag(attr, what string) func(p *lint.Pass) {
	return func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr(attr)
			on, ok := a.BoolOr(false)
			if !ok || on {
				continue
			}
			if a.Null() {
				p.Reportf(r, "password policy %s does not require %s (%s defaults to false)", r.Address, what, attr)
			} else {
				p.Reportf(a, "password policy %s does not require %s", r.Address, what)
			}
		}
	}
}

// atLeast reports password policies whose attr is below min; absent means def.
func atLeast(attr string, min, def int64, what string) func(p *lint.Pass) {
	return func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr(attr)
			n, ok := a.IntOr(def)
			if !ok || n >= min {
				continue
			}
			if a.Null() {
				p.Reportf(r, "password policy %s sets no %s (%s)", r.Address, attr, what)
			} else {
				p.Reportf(a, "password policy %s sets %s to %d, below %d", r.Address, attr, n, min)
			}
		}
	}
}

func requireRemediation(attr string) string {
	return fmt.Sprintf("Set %s = true on aws_iam_account_password_policy:\n\n    %s = true", attr, attr)
}
