package docdb

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// LogExports flags DocumentDB clusters that do not export audit logs.
// Default relied on: enabled_cloudwatch_logs_exports absent exports nothing.
var LogExports = &lint.Check{
	ID:       "aws-docdb-log-exports",
	Title:    "DocumentDB cluster does not export audit logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "DocumentDB audit logs record authentication attempts, user and role changes and schema " +
		"changes. Without exporting them to CloudWatch Logs nothing of that is kept, so failed logins and " +
		"privilege changes cannot be alerted on or investigated.",
	Remediation: "Export the audit log (and turn on audit_logs in the cluster parameter group):\n\n" +
		"    enabled_cloudwatch_logs_exports = [\"audit\", \"profiler\"]",
	Links: []string{
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#enabled_cloudwatch_logs_exports",
	},
	Resources: []string{"aws_docdb_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			logs := r.Attr("enabled_cloudwatch_logs_exports")
			if !logs.Null() && !logs.AllStringsKnown() {
				continue
			}
			if !slices.Contains(logs.Strings(), "audit") {
				p.Reportf(logs, "DocumentDB cluster %s does not export audit logs to CloudWatch", r.Address)
			}
		}
	},
}
