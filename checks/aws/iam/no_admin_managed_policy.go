package iam

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// adminPolicies are the AWS managed policies that grant administrator access,
// or the power to become administrator.
var adminPolicies = []string{"AdministratorAccess", "IAMFullAccess"}

// NoAdminManagedPolicy flags attachments of AWS managed policies that grant
// administrator access.
var NoAdminManagedPolicy = &lint.Check{
	ID:       "aws-iam-no-admin-managed-policy",
	Title:    "IAM identity is given an administrator managed policy",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "AdministratorAccess allows every action on every resource, and IAMFullAccess lets its " +
		"holder grant itself the same. Attached to a workload role, a CI user or a group, they turn any leak " +
		"of that identity's credentials into control of the whole account.",
	Remediation: "Attach a policy that grants only what the identity needs, or a job-function policy such as " +
		"ReadOnlyAccess:\n\n" +
		"    policy_arn = aws_iam_policy.deploy.arn",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role_policy_attachment",
	},
	Resources: []string{
		"aws_iam_group_policy_attachment", "aws_iam_policy_attachment", "aws_iam_role",
		"aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment",
	},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			arns := r.Attr("policy_arn")
			if r.Type == "aws_iam_role" {
				arns = r.Attr("managed_policy_arns")
			}
			for _, a := range arns.Elements() {
				if name := adminPolicy(a); name != "" {
					p.Reportf(a, "%s attaches the AWS managed policy %s", r.Address, name)
					break
				}
			}
		}
	},
}

// adminPolicy returns the name of the administrator policy an ARN is known
// to be, or "". AWS managed policies live under arn:<partition>:iam::aws:policy/.
func adminPolicy(a lint.Attr) string {
	arn, ok := a.StringOr("")
	if !ok {
		return ""
	}
	_, name, found := strings.Cut(arn, ":iam::aws:policy/")
	if !found || !strings.HasPrefix(arn, "arn:") {
		return ""
	}
	for _, n := range adminPolicies {
		if name == n {
			return n
		}
	}
	return ""
}
