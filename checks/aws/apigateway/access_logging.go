// Package apigateway holds the checks for API Gateway REST (v1) and HTTP and
// WebSocket (v2) APIs.
package apigateway

import "github.com/tenantlint/tenantlint/lint"

// AccessLogging flags stages without access logs: access_log_settings absent
// means API Gateway writes none.
var AccessLogging = &lint.Check{
	ID:       "aws-apigateway-access-logging",
	Title:    "API Gateway stage has no access logs",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Access logs record who called which route, from where, with what result and which " +
		"identity. Without them abuse of the API, credential stuffing, enumeration and data scraping " +
		"leave no trace, and an incident cannot be scoped afterwards.",
	Remediation: "Send access logs to a CloudWatch log group:\n\n" +
		"    access_log_settings {\n" +
		"      destination_arn = aws_cloudwatch_log_group.api.arn\n" +
		"      format          = jsonencode({ requestId = \"$context.requestId\", ip = \"$context.identity.sourceIp\", status = \"$context.status\" })\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings",
	},
	Resources: []string{"aws_api_gateway_stage", "aws_apigatewayv2_stage"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !r.Block("access_log_settings").Exists() {
				p.Reportf(r, "API Gateway stage %s has no access_log_settings", r.Address)
			}
		}
	},
}
