// Package eventbridge holds the checks for EventBridge event buses.
package eventbridge

import (
	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicBusPolicy flags event bus policies that allow every principal
// without a condition, read by iampolicy (JSON, jsonencode or an
// aws_iam_policy_document); an unknown statement is never reported. A bus
// without a policy accepts events from its own account only.
var NoPublicBusPolicy = &lint.Check{
	ID:       "aws-eventbridge-no-public-bus-policy",
	Title:    "EventBridge bus policy allows any principal",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A bus policy statement that allows Principal \"*\" without a condition lets any AWS " +
		"account put events on the bus (or manage its rules, if such actions are granted). Every rule on the " +
		"bus then triggers on forged events: Lambda functions, Step Functions and other targets act on input " +
		"an outsider chose.",
	Remediation: "Name the accounts that may send events, or restrict \"*\" with a condition such as " +
		"aws:PrincipalOrgID:\n\n" +
		"    condition {\n" +
		"      test     = \"StringEquals\"\n" +
		"      variable = \"aws:PrincipalOrgID\"\n" +
		"      values   = [\"o-a1b2c3d4e5\"]\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_event_bus_policy",
	},
	Resources: []string{"aws_cloudwatch_event_bus_policy"},
	Run: func(p *lint.Pass) {
		iampolicy.ReportOpenToAll(p, iampolicy.ResourcePolicy, "EventBridge bus policy %s allows any principal without a condition")
	},
}
