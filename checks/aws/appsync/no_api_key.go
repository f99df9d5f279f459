package appsync

import "github.com/tenantlint/tenantlint/lint"

// NoAPIKey flags GraphQL APIs that accept API keys, as their main or an
// additional authentication type. Default relied on: authentication_type is
// required, so nothing is assumed when it is absent (hashicorp/aws v3-v6).
var NoAPIKey = &lint.Check{
	ID:       "aws-appsync-no-api-key",
	Title:    "AppSync API accepts API keys",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "An AppSync API key is a static shared secret that ships inside the client application. " +
		"Anyone who extracts it calls the API as the application, with no user identity behind the call, " +
		"until the key expires; it cannot be scoped to a user or revoked for one client.",
	Remediation: "Authenticate callers with Cognito user pools, IAM, OIDC or a Lambda authoriser:\n\n" +
		"    authentication_type = \"AMAZON_COGNITO_USER_POOLS\"\n" +
		"    user_pool_config {\n      user_pool_id   = aws_cognito_user_pool.app.id\n      default_action = \"ALLOW\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api#authentication_type",
	},
	Resources: []string{"aws_appsync_graphql_api"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			modes := []lint.Attr{r.Attr("authentication_type")}
			for _, b := range r.Blocks("additional_authentication_provider") {
				modes = append(modes, b.Attr("authentication_type"))
			}
			for _, m := range modes {
				if s, ok := m.StringOr(""); ok && s == "API_KEY" {
					p.Reportf(m, "AppSync API %s accepts API keys", r.Address)
				}
			}
		}
	},
}
