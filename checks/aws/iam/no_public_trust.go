package iam

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicTrust flags roles whose trust policy lets any AWS principal assume
// them without a condition.
var NoPublicTrust = &lint.Check{
	ID:       "aws-iam-no-public-trust",
	Title:    "IAM role can be assumed by anyone",
	Severity: lint.Critical,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A trust policy that allows Principal \"*\" (or {\"AWS\": \"*\"}) with no condition lets any " +
		"identity in any AWS account assume the role and use every permission attached to it. Attackers scan " +
		"for such roles by name; no credential of the victim account is needed.",
	Remediation: "Name the accounts, roles or services that may assume the role, or restrict \"*\" with a " +
		"condition such as aws:PrincipalOrgID or sts:ExternalId:\n\n" +
		"    Principal = { AWS = \"arn:aws:iam::111122223333:root\" }",
	Links: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role#assume_role_policy",
	},
	Resources: []string{"aws_iam_role"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.Trust,
			"IAM role %s can be assumed by any AWS principal: its trust policy allows \"*\" without a condition")
	},
}
