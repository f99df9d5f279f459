// Package sfn holds the checks for Step Functions state machines.
package sfn

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// Logging flags state machines that do not log errors: level OFF, or FATAL
// (which leaves out the failed states). Default relied on: without
// logging_configuration, or with level absent, the level is OFF
// (hashicorp/aws v3-v6). AWS refuses a level other than OFF without a log
// destination, so ERROR or ALL implies one.
var Logging = &lint.Check{
	ID:       "aws-sfn-logging",
	Title:    "Step Functions state machine does not log errors",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Execution logs record which executions failed, at which state and with what input and " +
		"error. With logging off, failed or abused workflows, such as ones started with crafted input, leave " +
		"nothing in CloudWatch Logs to investigate.",
	Remediation: "Log at least errors to a CloudWatch log group:\n\n" +
		"    logging_configuration {\n" +
		"      level                  = \"ERROR\"\n" +
		"      include_execution_data = false\n" +
		"      log_destination        = \"${aws_cloudwatch_log_group.sfn.arn}:*\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sfn_state_machine#logging_configuration",
	},
	Resources: []string{"aws_sfn_state_machine"},
	Run: rule.OneOf("logging_configuration.level", []string{"ALL", "ERROR"}, rule.Default("OFF").For("hashicorp/aws v3-v6"),
		"Step Functions state machine {address} has logging level {value}",
		rule.NoBlock("Step Functions state machine {address} has no logging_configuration: execution events are not logged")),
}
