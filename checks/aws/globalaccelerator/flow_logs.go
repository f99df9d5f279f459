// Package globalaccelerator holds the checks for Global Accelerator
// accelerators.
package globalaccelerator

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// FlowLogs flags accelerators that record no flow logs. Default relied on:
// without an attributes block, or with flow_logs_enabled absent, flow logs
// are off (hashicorp/aws v3-v6).
var FlowLogs = &lint.Check{
	ID:       "aws-globalaccelerator-flow-logs",
	Title:    "Global Accelerator flow logs are off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "An accelerator is a public entry point to the applications behind it. Its flow logs " +
		"record which client addresses reached which listener and endpoint; without them scanning, floods " +
		"and abusive clients leave no record to investigate or block from.",
	Remediation: "Enable flow logs to an S3 bucket:\n\n" +
		"    attributes {\n" +
		"      flow_logs_enabled   = true\n" +
		"      flow_logs_s3_bucket = aws_s3_bucket.flow_logs.bucket\n" +
		"      flow_logs_s3_prefix = \"accelerator/\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/global-accelerator/latest/dg/monitoring-global-accelerator.flow-logs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/globalaccelerator_accelerator#attributes",
	},
	Resources: []string{"aws_globalaccelerator_accelerator"},
	Run: rule.On("attributes.flow_logs_enabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"Global Accelerator {address} has flow logs off",
		rule.NoBlock("Global Accelerator {address} has no attributes block: flow logs are off")),
}
