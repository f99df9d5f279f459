// Package iam holds the checks for IAM identities, their policies and the
// account password policy.
package iam

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// identityPolicyTypes are the resources that hold identity-based policies:
// the policy argument of each, and the inline_policy blocks of a role.
var identityPolicyTypes = []string{
	"aws_iam_group_policy",
	"aws_iam_policy",
	"aws_iam_role",
	"aws_iam_role_policy",
	"aws_iam_user_policy",
}

// policyAttrs returns the identity-based policy documents a resource holds.
func policyAttrs(r *lint.Resource) []lint.Attr {
	if r.Type != "aws_iam_role" {
		return []lint.Attr{r.Attr("policy")}
	}
	var out []lint.Attr
	for _, b := range r.Blocks("inline_policy") {
		out = append(out, b.Attr("policy"))
	}
	return out
}

// reportStatements reads every identity-based policy of the pass and reports
// each statement for which bad returns a message, once per reporting place
// (a data source shared by several policies is reported once). The message is
// formatted with the resource address as its one argument.
func reportStatements(p *lint.Pass, bad func(st iampolicy.Statement) string) {
	seen := iampolicy.Seen{}
	for _, r := range p.Resources() {
		for _, a := range policyAttrs(r) {
			sts, ok := iampolicy.Read(a)
			if !ok {
				continue
			}
			for _, st := range sts {
				if msg := bad(st); msg != "" && seen.First(st) {
					p.Reportf(st.At, msg, r.Address)
				}
			}
		}
	}
}
