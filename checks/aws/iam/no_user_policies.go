package iam

import "github.com/tenantlint/tenantlint/lint"

// NoUserPolicies flags policies attached directly to IAM users rather than
// to groups or roles.
var NoUserPolicies = &lint.Check{
	ID:       "aws-iam-no-user-policies",
	Title:    "IAM policy is attached directly to a user",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Permissions given user by user drift apart, are hard to review and tend to outlive the job " +
		"they were granted for. Granting them through groups (or roles that people assume) keeps one place to " +
		"see and revoke who can do what.",
	Remediation: "Attach the policy to a group and make the user a member:\n\n" +
		"    resource \"aws_iam_group_policy_attachment\" \"deploy\" {\n" +
		"      group      = aws_iam_group.deployers.name\n" +
		"      policy_arn = aws_iam_policy.deploy.arn\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_policy_attachment",
	},
	Resources: []string{"aws_iam_policy_attachment", "aws_iam_user_policy", "aws_iam_user_policy_attachment"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type != "aws_iam_policy_attachment" {
				p.Reportf(r, "%s attaches a policy directly to an IAM user", r.Address)
				continue
			}
			// aws_iam_policy_attachment: only its users argument is a finding.
			users := r.Attr("users")
			if len(users.Strings()) > 0 {
				p.Reportf(users, "%s attaches a policy directly to IAM users", r.Address)
			}
		}
	},
}
