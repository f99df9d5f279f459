package cognito

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoUnauthenticatedIdentities flags identity pools that hand out AWS
// credentials to unauthenticated (guest) callers. Default relied on:
// allow_unauthenticated_identities is false when absent (hashicorp/aws
// v3-v6).
var NoUnauthenticatedIdentities = &lint.Check{
	ID:       "aws-cognito-no-unauthenticated-identities",
	Title:    "Cognito identity pool gives AWS credentials to unauthenticated users",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "An identity pool that allows unauthenticated identities gives temporary AWS credentials " +
		"for its unauthenticated role to anyone who knows the pool ID, which ships inside the client " +
		"application. Whatever that role may do, the whole internet may do.",
	Remediation: "Require authenticated identities (and keep guest access, where truly needed, on a role " +
		"with no data access):\n\n    allow_unauthenticated_identities = false",
	Links: []string{
		"https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#authenticated-and-unauthenticated-identities",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_identity_pool#allow_unauthenticated_identities",
	},
	Resources: []string{"aws_cognito_identity_pool"},
	Run: rule.Off("allow_unauthenticated_identities", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Cognito identity pool {address} allows unauthenticated identities"),
}
