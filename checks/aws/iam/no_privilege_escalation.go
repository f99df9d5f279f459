package iam

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// escalations is the table of privilege escalation methods: an action that,
// allowed on every resource, lets the holder grant itself more, and for
// iam:PassRole the create actions that turn it into running code as any
// role. Sources: Rhino Security Labs, "AWS IAM Privilege Escalation -
// Methods and Mitigation" (its 21 methods), and the privilege escalation
// paths of Bishop Fox's iam-vulnerable project (code running as a role,
// rewritten or reached: Lambda, Glue, CloudFormation, CodeBuild, SSM, EC2
// Instance Connect). iam:PassRole on "*" is reported by itself: with any
// one of its create actions it is the escalation, and the create actions
// alone are not.
var escalations = []struct {
	action string
	with   []string // the actions that complete the method, for the message
}{
	{"iam:AddUserToGroup", nil},
	{"iam:AttachGroupPolicy", nil},
	{"iam:AttachRolePolicy", nil},
	{"iam:AttachUserPolicy", nil},
	{"iam:CreateAccessKey", nil},
	{"iam:CreateLoginProfile", nil},
	{"iam:CreatePolicyVersion", nil},
	{"iam:PassRole", []string{
		"ec2:RunInstances", "lambda:CreateFunction", "glue:CreateDevEndpoint", "glue:CreateJob",
		"cloudformation:CreateStack", "datapipeline:CreatePipeline", "sagemaker:CreateNotebookInstance",
		"sagemaker:CreateTrainingJob", "codebuild:CreateProject", "ecs:RunTask", "autoscaling:CreateLaunchConfiguration",
	}},
	{"iam:PutGroupPolicy", nil},
	{"iam:PutRolePolicy", nil},
	{"iam:PutUserPolicy", nil},
	{"iam:SetDefaultPolicyVersion", nil},
	{"iam:UpdateAssumeRolePolicy", nil},
	{"iam:UpdateLoginProfile", nil},
	{"sts:AssumeRole", nil},
	// Code that already runs as a role, rewritten.
	{"lambda:UpdateFunctionCode", nil},
	{"lambda:UpdateFunctionConfiguration", nil},
	{"glue:UpdateDevEndpoint", nil},
	{"cloudformation:UpdateStack", nil},
	{"codebuild:StartBuild", nil},
	{"ssm:SendCommand", nil},
	{"ssm:StartSession", nil},
	{"ec2-instance-connect:SendSSHPublicKey", nil},
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
				for _, e := range escalations {
					if !iampolicy.Matches(pattern, e.action) {
						continue
					}
					if len(e.with) > 0 {
						return "IAM policy of %s allows " + e.action + " on every resource (with " + strings.Join(e.with[:3], ", ") + " or similar it runs code as any role)"
					}
					return "IAM policy of %s allows " + e.action + " on every resource"
				}
			}
			return ""
		})
	},
}
