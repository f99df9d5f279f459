package apigateway

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// MethodAuth flags REST API methods that anyone can call: authorization =
// "NONE" and api_key_required false (its default). OPTIONS methods (CORS
// preflight) are skipped, and so are methods of an API that is PRIVATE or has
// a resource policy (inline policy or aws_api_gateway_rest_api_policy), which
// then decides who may call it.
var MethodAuth = &lint.Check{
	ID:       "aws-apigateway-method-auth",
	Title:    "API Gateway method has no authorisation",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "The method accepts calls from anyone on the internet without IAM, Cognito, a Lambda " +
		"authorizer or an API key. Whatever the backend does, reading or changing data, is open to " +
		"everyone, and nothing ties a call to a caller for throttling or investigation.",
	Remediation: "Require an authorizer (or IAM) on the method:\n\n" +
		"    authorization = \"COGNITO_USER_POOLS\"\n" +
		"    authorizer_id = aws_api_gateway_authorizer.users.id",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method#authorization",
	},
	Resources: []string{"aws_api_gateway_method"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			auth := r.Attr("authorization")
			method, ok1 := r.Attr("http_method").StringOr("")
			key, ok2 := r.Attr("api_key_required").BoolOr(false)
			if !auth.Equals("NONE") || !ok1 || !ok2 || key || strings.EqualFold(method, "OPTIONS") {
				continue
			}
			if guarded(p.Module, r.Attr("rest_api_id")) {
				continue
			}
			p.Reportf(auth, "API Gateway method %s (%s) requires no authorisation or API key", r.Address, method)
		}
	},
}

// guarded says whether the REST API the method belongs to is private or has
// a resource policy.
func guarded(m *lint.Module, api lint.Attr) bool {
	for _, ref := range api.Refs() {
		if ref.Type != "aws_api_gateway_rest_api" {
			continue
		}
		types := ref.Block("endpoint_configuration").Attr("types")
		if types.Unknown() || slices.Contains(types.Strings(), "PRIVATE") || !ref.Attr("policy").Null() {
			return true
		}
		if pols, certain := m.Companions(names.AWS, ref, "aws_api_gateway_rest_api_policy", "rest_api_id"); len(pols) > 0 || !certain {
			return true
		}
	}
	return false
}
