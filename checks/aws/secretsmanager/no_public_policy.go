package secretsmanager

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicPolicy flags secret resource policies that allow every AWS
// principal without a condition (aws_secretsmanager_secret_policy, or the
// secret's deprecated policy argument).
var NoPublicPolicy = &lint.Check{
	ID:       "aws-secretsmanager-no-public-policy",
	Title:    "Secrets Manager secret policy allows any AWS principal",
	Severity: lint.Critical,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A secret policy statement that allows Principal \"*\" without a condition lets identities in " +
		"any AWS account call the granted actions, typically secretsmanager:GetSecretValue: the database " +
		"password or API key is readable by anyone who knows the secret's ARN.",
	Remediation: "Name the roles or accounts that need the secret, or restrict \"*\" with a condition such as " +
		"aws:PrincipalOrgID:\n\n" +
		"    Principal = { AWS = aws_iam_role.app.arn }",
	Links: []string{
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_policy",
	},
	Resources: []string{"aws_secretsmanager_secret", "aws_secretsmanager_secret_policy"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.ResourcePolicy, "secret policy of %s allows any AWS principal without a condition")
	},
}
