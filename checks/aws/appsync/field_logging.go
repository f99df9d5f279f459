// Package appsync holds the checks for AppSync GraphQL APIs and their caches.
package appsync

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// FieldLogging flags GraphQL APIs that write no field-level logs: no
// log_config block (no logging at all) or field_log_level NONE. Default
// relied on: without log_config AppSync logs nothing to CloudWatch
// (hashicorp/aws v3-v6); field_log_level is required inside the block.
var FieldLogging = &lint.Check{
	ID:       "aws-appsync-field-logging",
	Title:    "AppSync API writes no field-level logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Field-level logs record resolver errors and, at higher levels, the resolution of every " +
		"field, with the request that caused them. Without them (no log_config, or field_log_level NONE) " +
		"failing or abused GraphQL queries leave no trace in CloudWatch Logs.",
	Remediation: "Log at least resolver errors:\n\n" +
		"    log_config {\n" +
		"      cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn\n" +
		"      field_log_level          = \"ERROR\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#cwl",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api#log_config",
	},
	Resources: []string{"aws_appsync_graphql_api"},
	Run: rule.OneOf("log_config.field_log_level", []string{"ERROR", "ALL", "INFO", "DEBUG"}, rule.Default("NONE").For("hashicorp/aws v3-v6"),
		"AppSync API {address} has field_log_level {value}",
		rule.NoBlock("AppSync API {address} has no log_config: nothing is logged to CloudWatch")),
}
