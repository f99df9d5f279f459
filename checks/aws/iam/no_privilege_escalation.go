package iam

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// escalationActions each let an identity raise its own privileges when
// allowed on every resource.
var escalationActions = []string{
	"iam:AddUserToGroup", "iam:AttachGroupPolicy", "iam:AttachRolePolicy", "iam:AttachUserPolicy",
	"iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreatePolicyVersion", "iam:PassRole",
	"iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:PutUserPolicy", "iam:SetDefaultPolicyVersion",
	"iam:UpdateAssumeRolePolicy", "iam:UpdateLoginProfile", "sts:AssumeRole",
}

// NoPrivilegeEscalation flags policies that allow, on Resource "*", an action
// that lets the holder grant itself more. Patterns that cover a whole
// service ("*", "iam:*") are the wildcard checks' findings, not this one's.
var NoPrivilegeEscalation = &lint.Check{
	ID:       "aws-iam-no-privilege-escalation",
	Title:    "IAM policy allows privilege escalation",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Actions such as iam:PassRole, iam:CreatePolicyVersion, iam:Attach*Policy, iam:Put*Policy, " +
		"iam:CreateAccessKey or sts:AssumeRole on Resource \"*\" let whoever holds the policy rewrite their own " +
		"permissions, act as any role, or mint credentials for other users. A narrow-looking policy becomes " +
		"administrator access in one API call.",
	Remediation: "Scope these actions to the roles, users and policies they are meant for:\n\n" +
		"    Action   = [\"iam:PassRole\"]\n" +
		"    Resource = [\"arn:aws:iam::111122223333:role/app-task\"]",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document",
	},
	Resources: identityPolicyTypes,
	Run: func(p *lint.Pass) {
		reportStatements(p, func(st iampolicy.Statement) string {
			if !st.Allows() || !st.AllResources() {
				return ""
			}
			for _, pattern := range st.Actions {
				svc, rest, _ := strings.Cut(pattern, ":")
				if pattern == "*" || rest == "*" && (svc == "*" || sensitiveServices[strings.ToLower(svc)]) {
					continue
				}
				for _, action := range escalationActions {
					if iampolicy.Matches(pattern, action) {
						return "IAM policy of %s allows " + action + " on every resource"
					}
				}
			}
			return ""
		})
	},
}
