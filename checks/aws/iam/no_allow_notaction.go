package iam

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoAllowNotAction flags Allow statements written with NotAction on every
// resource: they grant every action of every service except the ones listed.
var NoAllowNotAction = &lint.Check{
	ID:       "aws-iam-no-allow-notaction",
	Title:    "IAM policy allows everything but a list of actions",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "An Allow statement with NotAction grants every action that is not listed, on every service, " +
		"including the services and actions AWS adds later. With Resource \"*\" it is close to administrator " +
		"access; it is easy to read as a restriction and it is not one. NotAction belongs in Deny statements.",
	Remediation: "List the allowed actions with Action, and keep NotAction for Deny statements:\n\n" +
		"    Effect   = \"Allow\"\n" +
		"    Action   = [\"ec2:Describe*\"]\n" +
		"    Resource = \"*\"",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document#not_actions",
	},
	Resources: identityPolicyTypes,
	Run: func(p *lint.Pass) {
		reportStatements(p, func(st iampolicy.Statement) string {
			if st.Allows() && st.AllResources() && len(st.NotActions) > 0 {
				return "IAM policy of %s allows every action except those in NotAction, on every resource"
			}
			return ""
		})
	},
}
