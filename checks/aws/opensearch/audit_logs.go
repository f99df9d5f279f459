package opensearch

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// AuditLogs flags domains that publish no audit logs.
// Default relied on: no log type is published without a log_publishing_options
// block for it; enabled defaults to true inside the block.
var AuditLogs = &lint.Check{
	ID:       "aws-opensearch-audit-logs",
	Title:    "OpenSearch domain publishes no audit logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Audit logs record who authenticated to the domain, which indices they read or changed and which " +
		"requests were refused. Without them, data read or deleted through stolen credentials leaves no trace. " +
		"They require fine-grained access control.",
	Remediation: "Publish audit logs to CloudWatch Logs (and enable fine-grained access control):\n\n" +
		"    log_publishing_options {\n      log_type                 = \"AUDIT_LOGS\"\n" +
		"      cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn\n    }",
	Links: append([]string{
		"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html",
	}, domainLinks("log_publishing_options")...),
	Resources: domains,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			audited := false
			for _, b := range r.Blocks("log_publishing_options") {
				t, ok := b.Attr("log_type").StringOr("")
				if ok && !strings.EqualFold(t, "AUDIT_LOGS") {
					continue
				}
				if on, known := b.Attr("enabled").BoolOr(true); !ok || !known || on {
					audited = true
				}
			}
			if !audited {
				p.Reportf(r, "OpenSearch domain %s publishes no AUDIT_LOGS", r.Address)
			}
		}
	},
}
