package redshift

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// AuditLogging flags clusters whose audit logging is enabled neither inline
// (the logging block, provider v5 and earlier) nor by an aws_redshift_logging
// resource (v5.x+, the only way since v6).
var AuditLogging = &lint.Check{
	ID:       "aws-redshift-audit-logging",
	Title:    "Redshift cluster has no audit logging",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Redshift audit logs record connection attempts, user changes and the queries each user ran. " +
		"Without them, there is no record of who read or exported data from the warehouse, and stolen " +
		"credentials can be used without a trace.",
	Remediation: "Deliver the audit logs to CloudWatch Logs or S3 with an aws_redshift_logging resource:\n\n" +
		"    resource \"aws_redshift_logging\" \"main\" {\n      cluster_identifier   = aws_redshift_cluster.main.id\n" +
		"      log_destination_type = \"cloudwatch\"\n      log_exports          = [\"connectionlog\", \"userlog\", \"useractivitylog\"]\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_logging",
	},
	Resources: []string{"aws_redshift_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			inline := r.Block("logging").Attr("enable")
			if on, ok := inline.BoolOr(false); !ok || on {
				continue
			}
			logs, certain := p.Module.Companions(names.AWS, r, "aws_redshift_logging", "cluster_identifier")
			if !certain || len(logs) > 0 || byIdentifier(p.Module, r) {
				continue
			}
			if inline.Null() {
				p.Reportf(r, "Redshift cluster %s has no audit logging", r.Address)
			} else {
				p.Reportf(inline, "Redshift cluster %s turns audit logging off", r.Address)
			}
		}
	},
}

// byIdentifier says whether an aws_redshift_logging resource names the
// cluster by its literal cluster_identifier.
func byIdentifier(m *lint.Module, cluster *lint.Resource) bool {
	id, ok := cluster.Attr("cluster_identifier").StringOr("")
	if !ok || id == "" {
		return false
	}
	return m.Any("aws_redshift_logging", func(l *lint.Resource) bool {
		return slices.Contains(l.Attr("cluster_identifier").Strings(), id)
	})
}
