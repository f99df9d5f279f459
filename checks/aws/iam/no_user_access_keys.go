package iam

import "github.com/tenantlint/tenantlint/lint"

// NoUserAccessKeys flags long-lived access keys created for IAM users.
var NoUserAccessKeys = &lint.Check{
	ID:       "aws-iam-no-user-access-keys",
	Title:    "IAM user access key is created",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "An access key is a long-lived credential: it works from anywhere until someone deletes it, " +
		"and it leaks through CI logs, laptops and repositories. Created by Terraform, its secret also sits in " +
		"the state file, in plain text unless a pgp_key encrypts it.",
	Remediation: "Use roles instead: IAM roles for workloads, OIDC federation for CI (GitHub Actions, GitLab), " +
		"IAM Identity Center for people. Where a key is unavoidable, set pgp_key and rotate it.",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key",
	},
	Resources: []string{"aws_iam_access_key"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			// An inactive key is not a usable credential.
			if status, ok := r.Attr("status").StringOr("Active"); !ok || status != "Active" {
				continue
			}
			p.Reportf(r, "%s creates a long-lived access key for an IAM user", r.Address)
		}
	},
}
