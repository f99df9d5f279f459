package kms

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicKeyPolicy flags key policies that allow every AWS principal
// without a condition, in aws_kms_key.policy or aws_kms_key_policy.
var NoPublicKeyPolicy = &lint.Check{
	ID:       "aws-kms-no-public-key-policy",
	Title:    "KMS key policy allows any AWS principal",
	Severity: lint.Critical,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A key policy statement that allows Principal \"*\" without a condition lets identities in " +
		"any AWS account use the key: decrypt the data it protects, or, with administrative actions, change its " +
		"policy or schedule its deletion and make that data unreadable for its owner.",
	Remediation: "Grant the key to the account and named roles, or restrict \"*\" with a condition such as " +
		"kms:CallerAccount or aws:PrincipalOrgID:\n\n" +
		"    Principal = { AWS = \"arn:aws:iam::111122223333:root\" }",
	Links: []string{
		"https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key_policy",
	},
	Resources: []string{"aws_kms_key", "aws_kms_key_policy"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.ResourcePolicy, "KMS key policy of %s allows any AWS principal without a condition")
	},
}
