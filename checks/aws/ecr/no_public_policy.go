package ecr

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicPolicy flags repository policies that allow every AWS principal
// without a condition, read by iampolicy (JSON, jsonencode or an
// aws_iam_policy_document); an unknown statement is never reported.
var NoPublicPolicy = &lint.Check{
	ID:       "aws-ecr-no-public-policy",
	Title:    "ECR repository policy allows any AWS account",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A repository policy statement that allows Principal \"*\" without a condition lets every " +
		"AWS account use the granted actions: pulling images and the code, configuration and secrets baked " +
		"into them, or, with push actions, replacing the images that workloads deploy.",
	Remediation: "Name the accounts or roles that need access, or restrict \"*\" with a condition such as " +
		"aws:PrincipalOrgID:\n\n" +
		"    Principal = { AWS = \"arn:aws:iam::111122223333:root\" }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository_policy",
	},
	Resources: []string{"aws_ecr_repository_policy"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.ResourcePolicy, "ECR repository policy %s allows any AWS account without a condition")
	},
}
