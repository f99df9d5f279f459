package neptune

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// LogExports flags Neptune clusters that do not export audit logs.
// Default relied on: enable_cloudwatch_logs_exports absent exports nothing.
var LogExports = &lint.Check{
	ID:       "aws-neptune-log-exports",
	Title:    "Neptune cluster does not export audit logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Neptune audit logs record every connection and query sent to the cluster. Without exporting " +
		"them to CloudWatch Logs they are not kept, so unusual access to the graph cannot be alerted on or " +
		"investigated.",
	Remediation: "Export the audit log (and set neptune_enable_audit_log = 1 in the cluster parameter " +
		"group):\n\n" +
		"    enable_cloudwatch_logs_exports = [\"audit\"]",
	Links: []string{
		"https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#enable_cloudwatch_logs_exports",
	},
	Resources: []string{"aws_neptune_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			logs := r.Attr("enable_cloudwatch_logs_exports")
			if !logs.Null() && !logs.AllStringsKnown() {
				continue
			}
			if !slices.Contains(logs.Strings(), "audit") {
				p.Reportf(logs, "Neptune cluster %s does not export audit logs to CloudWatch", r.Address)
			}
		}
	},
}
