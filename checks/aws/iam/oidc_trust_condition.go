package iam

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// OIDCTrustCondition flags roles that trust GitHub Actions' OIDC provider
// without a condition on the token's subject, so that any repository on
// GitHub can assume them.
var OIDCTrustCondition = &lint.Check{
	ID:       "aws-iam-oidc-trust-condition",
	Title:    "IAM role trusts GitHub Actions without restricting the repository",
	Severity: lint.Critical,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "GitHub issues OIDC tokens to every workflow of every repository. A trust policy that accepts " +
		"the token.actions.githubusercontent.com provider without a condition on its sub claim lets any " +
		"GitHub user assume the role from a workflow in their own repository, with no credential of yours.",
	Remediation: "Restrict the sub claim to your repository and, ideally, a branch or environment:\n\n" +
		"    condition {\n" +
		"      test     = \"StringLike\"\n" +
		"      variable = \"token.actions.githubusercontent.com:sub\"\n" +
		"      values   = [\"repo:my-org/my-repo:ref:refs/heads/main\"]\n" +
		"    }",
	Links: []string{
		"https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role#assume_role_policy",
	},
	Resources: []string{"aws_iam_role"},
	Run: func(p *lint.Pass) {
		seen := iampolicy.Seen{}
		for _, r := range p.Resources() {
			sts, ok := iampolicy.Read(r.Attr("assume_role_policy"))
			if !ok {
				continue
			}
			for _, st := range sts {
				if st.Allows() && trustsGitHub(st) && st.ConditionsKnown && !limitsSubject(st) && seen.First(st) {
					p.Reportf(st.At, "IAM role %s trusts GitHub Actions OIDC tokens without a condition on %s:sub", r.Address, githubOIDC)
				}
			}
		}
	},
}
