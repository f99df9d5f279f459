package apigateway

import "github.com/tenantlint/tenantlint/lint"

// XRay flags REST API stages without X-Ray tracing (xray_tracing_enabled
// defaults to false).
var XRay = &lint.Check{
	ID:       "aws-apigateway-xray",
	Title:    "API Gateway stage has X-Ray tracing off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Tracing follows each request from the API through the functions and services behind " +
		"it. Without it, following an attacker's request path or explaining an anomaly across services " +
		"during an investigation is much harder.",
	Remediation: "Enable tracing on the stage:\n\n" +
		"    xray_tracing_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#xray_tracing_enabled",
	},
	Resources: []string{"aws_api_gateway_stage"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("xray_tracing_enabled")
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "API Gateway stage %s has X-Ray tracing off", r.Address)
			}
		}
	},
}
