package apigateway

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// wafAssociations are the resources that put a web ACL in front of a stage,
// with the argument naming the stage's ARN.
var wafAssociations = []string{"aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"}

// WAF flags REST API stages with no web ACL association. Default relied on:
// a stage has no web ACL unless an association names it (hashicorp/aws
// v3-v6; the stage's web_acl_arn is read-only). An association whose target
// cannot be known silences the check, and so does one whose ARN is built
// from the stage's REST API (".../restapis/${api.id}/stages/NAME"), whose
// stage part may name this stage.
var WAF = &lint.Check{
	ID:       "aws-apigateway-waf",
	Title:    "API Gateway stage has no WAF web ACL",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "A public REST API without AWS WAF in front of it receives every request: injection " +
		"attempts, known exploit patterns, bots and floods from single addresses reach the authorisers and " +
		"backends unfiltered. A web ACL with managed rule groups and rate limits stops most of them at the edge.",
	Remediation: "Associate a WAFv2 web ACL with the stage:\n\n" +
		"    resource \"aws_wafv2_web_acl_association\" \"api\" {\n" +
		"      resource_arn = aws_api_gateway_stage.prod.arn\n" +
		"      web_acl_arn  = aws_wafv2_web_acl.api.arn\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_association",
	},
	Resources: []string{"aws_api_gateway_stage"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			covered := false
			for _, typ := range wafAssociations {
				assoc, certain := p.Module.Companions(names.AWS, r, typ, "resource_arn")
				if len(assoc) > 0 || !certain {
					covered = true
					break
				}
			}
			if !covered && !apiAssociated(p.Module, r) {
				p.Reportf(r, "API Gateway stage %s has no WAF web ACL association", r.Address)
			}
		}
	},
}

// apiAssociated says whether a web ACL association's resource_arn was
// computed from the REST API of the stage.
func apiAssociated(m *lint.Module, stage *lint.Resource) bool {
	apis := stage.Attr("rest_api_id").Refs()
	for _, typ := range wafAssociations {
		for _, assoc := range m.Resources(typ) {
			arn := assoc.Attr("resource_arn")
			for _, api := range apis {
				if arn.References(api) {
					return true
				}
			}
		}
	}
	return false
}
