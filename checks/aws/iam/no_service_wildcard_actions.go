package iam

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// sensitiveServices are the services whose every action on every resource
// amounts to control of identities, keys, secrets, data or compute.
var sensitiveServices = map[string]bool{
	"dynamodb": true, "ec2": true, "iam": true, "kms": true, "lambda": true, "organizations": true,
	"rds": true, "s3": true, "secretsmanager": true, "ssm": true, "sts": true,
}

// NoServiceWildcardActions flags policies that allow every action of a
// sensitive service ("iam:*", "s3:*", ...) on every resource. The bare "*"
// action is aws-iam-no-wildcard-policies' finding, not this one's.
var NoServiceWildcardActions = &lint.Check{
	ID:       "aws-iam-no-service-wildcard-actions",
	Title:    "IAM policy allows every action of a sensitive service on every resource",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Allowing \"iam:*\", \"kms:*\", \"s3:*\" and the like on Resource \"*\" grants every present and " +
		"future action of the service on everything in the account: \"iam:*\" alone is a path to administrator, " +
		"\"s3:*\" reads and deletes every bucket, \"kms:*\" can schedule the deletion of every key.",
	Remediation: "Name the actions and the resources the identity needs:\n\n" +
		"    Action   = [\"s3:GetObject\", \"s3:PutObject\"]\n" +
		"    Resource = [\"arn:aws:s3:::my-bucket/*\"]",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy",
	},
	Resources: identityPolicyTypes,
	Run: func(p *lint.Pass) {
		reportStatements(p, func(st iampolicy.Statement) string {
			if !st.Allows() || !st.AllResources() {
				return ""
			}
			for _, a := range st.Actions {
				svc, rest, ok := strings.Cut(strings.ToLower(a), ":")
				if ok && rest == "*" && sensitiveServices[svc] {
					return "IAM policy of %s allows " + svc + ":* on every resource"
				}
			}
			return ""
		})
	},
}
