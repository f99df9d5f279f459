package appsync

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// XRay flags GraphQL APIs without X-Ray tracing. Default relied on:
// xray_enabled is false when absent (hashicorp/aws v3-v6).
var XRay = &lint.Check{
	ID:       "aws-appsync-xray",
	Title:    "AppSync API has X-Ray tracing off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "X-Ray traces follow a GraphQL request through its resolvers and the data sources they " +
		"call. Without them, what a suspicious query read or changed behind the API cannot be followed end " +
		"to end.",
	Remediation: "Enable tracing:\n\n    xray_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/appsync/latest/devguide/x-ray-tracing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api#xray_enabled",
	},
	Resources: []string{"aws_appsync_graphql_api"},
	Run: rule.On("xray_enabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"AppSync API {address} has X-Ray tracing off"),
}
