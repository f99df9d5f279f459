package sfn

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// XRay flags state machines without X-Ray tracing. Default relied on:
// tracing_configuration.enabled is false when absent (hashicorp/aws v4-v6
// and the v3 releases that have the block).
var XRay = &lint.Check{
	ID:       "aws-sfn-xray",
	Title:    "Step Functions state machine has X-Ray tracing off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "X-Ray traces follow an execution through every state and the services it calls. Without " +
		"them, an execution that reached an unexpected service or took an unexpected path cannot be " +
		"reconstructed end to end.",
	Remediation: "Enable tracing:\n\n    tracing_configuration {\n      enabled = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sfn_state_machine#tracing_configuration",
	},
	Resources: []string{"aws_sfn_state_machine"},
	Run: rule.On("tracing_configuration.enabled", rule.Default(false).For("hashicorp/aws v4-v6"),
		"Step Functions state machine {address} has X-Ray tracing off",
		rule.NoBlock("Step Functions state machine {address} has no tracing_configuration: X-Ray tracing is off")),
}
