package rds

import "github.com/tenantlint/tenantlint/lint"

// LogExports flags instances and clusters that export no logs to CloudWatch.
// Default relied on: enabled_cloudwatch_logs_exports absent exports nothing.
// Aurora Serverless v1 clusters (engine_mode "serverless") publish logs
// through their parameter group instead and are skipped.
var LogExports = &lint.Check{
	ID:       "aws-rds-log-exports",
	Title:    "RDS database exports no logs to CloudWatch",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Database logs (error, audit, general, slow query, postgresql) that stay on the instance are " +
		"rotated away within days and vanish with it. Without exporting them to CloudWatch Logs, failed logins, " +
		"privilege changes and unusual queries cannot be alerted on or investigated after an incident.",
	Remediation: "List the engine's log types in enabled_cloudwatch_logs_exports, for example:\n\n" +
		"    enabled_cloudwatch_logs_exports = [\"postgresql\", \"upgrade\"]",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#enabled_cloudwatch_logs_exports",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#enabled_cloudwatch_logs_exports",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_db_instance" {
				if member, ok := auroraMember(r); !ok || member {
					continue
				}
			} else if mode, ok := r.Attr("engine_mode").StringOr("provisioned"); !ok || mode == "serverless" {
				continue
			}
			logs := r.Attr("enabled_cloudwatch_logs_exports")
			if logs.Null() || (logs.Known() && len(logs.Elements()) == 0) {
				p.Reportf(logs, "%s exports no logs to CloudWatch", r.Address)
			}
		}
	},
}
