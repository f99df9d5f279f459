package apigateway

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ExecutionLogging flags REST API method settings that turn execution
// logging off. Default relied on: settings.logging_level is OFF when absent
// (hashicorp/aws v3-v6). A stage with no method settings at all is not
// judged: execution logging can also be set outside Terraform per account.
var ExecutionLogging = &lint.Check{
	ID:       "aws-apigateway-execution-logging",
	Title:    "API Gateway execution logging is off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Execution logs record how API Gateway handled each request: authoriser decisions, " +
		"throttling, integration errors and latency. With the logging level OFF, rejected and failing " +
		"requests, including attempts to get past authorisers, leave no trace in CloudWatch Logs.",
	Remediation: "Log at least errors for every method of the stage:\n\n" +
		"    method_path = \"*/*\"\n" +
		"    settings {\n      logging_level = \"ERROR\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#logging_level",
	},
	Resources: []string{"aws_api_gateway_method_settings"},
	Run: rule.OneOf("settings.logging_level", []string{"ERROR", "INFO"}, rule.Default("OFF").For("hashicorp/aws v3-v6"),
		"API Gateway method settings {address} have logging_level {value}",
		rule.Unset("API Gateway method settings {address} set no logging_level: execution logging is off")),
}
