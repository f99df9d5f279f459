package iam

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoWildcardPolicies flags identity-based policies that allow every action on
// every resource: full administrator access.
var NoWildcardPolicies = &lint.Check{
	ID:       "aws-iam-no-wildcard-policies",
	Title:    "IAM policy allows every action on every resource",
	Severity: lint.Critical,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A statement that allows Action \"*\" on Resource \"*\" makes whoever holds the policy an " +
		"administrator of the account: they can read every data store, create identities and keys for " +
		"themselves and remove the logs that would show it. A leaked credential or a compromised workload " +
		"with this policy is a compromised account.",
	Remediation: "List the actions and resources the identity needs:\n\n" +
		"    Action   = [\"s3:GetObject\"]\n" +
		"    Resource = [\"arn:aws:s3:::my-bucket/*\"]",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document",
	},
	Resources: identityPolicyTypes,
	Run: func(p *lint.Pass) {
		reportStatements(p, func(st iampolicy.Statement) string {
			if st.Allows() && st.AllResources() && (slices.Contains(st.Actions, "*") || slices.Contains(st.Actions, "*:*")) {
				return "IAM policy of %s allows every action (\"*\") on every resource"
			}
			return ""
		})
	},
}
