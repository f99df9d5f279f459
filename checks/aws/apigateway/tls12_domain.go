package apigateway

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// TLS12Domain flags custom domain names whose security policy accepts TLS
// 1.0. When security_policy is absent on a REST domain the service chooses
// and the provider does not pin the result, so absence is not reported; v2
// domain names require the argument.
var TLS12Domain = &lint.Check{
	ID:       "aws-apigateway-tls12-domain",
	Title:    "API Gateway domain name allows TLS 1.0",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "The custom domain's security policy TLS_1_0 accepts TLS 1.0 and 1.1, deprecated " +
		"protocol versions with known weaknesses, so clients and attackers on the path can negotiate " +
		"them. TLS_1_2 is supported by every current client.",
	Remediation: "Use the TLS 1.2 security policy:\n\n" +
		"    security_policy = \"TLS_1_2\"",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_domain_name#security_policy",
	},
	Resources: []string{"aws_api_gateway_domain_name", "aws_apigatewayv2_domain_name"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			attrs := []lint.Attr{r.Attr("security_policy")}
			for _, c := range r.Blocks("domain_name_configuration") {
				attrs = append(attrs, c.Attr("security_policy"))
			}
			for _, a := range attrs {
				if v, ok := a.StringOr(""); ok && strings.EqualFold(v, "TLS_1_0") {
					p.Reportf(a, "API Gateway domain name %s allows TLS 1.0 (security_policy = %s)", r.Address, v)
				}
			}
		}
	},
}
