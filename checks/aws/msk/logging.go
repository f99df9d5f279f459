package msk

import "github.com/tenantlint/tenantlint/lint"

// Logging flags clusters that deliver broker logs nowhere.
// Default relied on: without logging_info no broker logs are delivered.
var Logging = &lint.Check{
	ID:       "aws-msk-logging",
	Title:    "MSK cluster delivers no broker logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Broker logs record client connections, authentication failures and authorization decisions. " +
		"Without them delivered to CloudWatch Logs, Firehose or S3, misuse of the cluster and failed access " +
		"attempts leave no trace to investigate.",
	Remediation: "Deliver broker logs to at least one destination:\n\n" +
		"    logging_info {\n      broker_logs {\n        cloudwatch_logs {\n          enabled   = true\n" +
		"          log_group = aws_cloudwatch_log_group.msk.name\n        }\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#logging_info",
	},
	Resources: []string{"aws_msk_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			info := r.Block("logging_info")
			logs := info.Block("broker_logs")
			delivered := false
			for _, dest := range []string{"cloudwatch_logs", "firehose", "s3"} {
				for _, b := range logs.Blocks(dest) {
					if on, ok := b.Attr("enabled").BoolOr(false); !ok || on {
						delivered = true
					}
				}
			}
			switch {
			case delivered:
			case info.Exists():
				p.Reportf(info, "MSK cluster %s enables no broker log destination", r.Address)
			default:
				p.Reportf(r, "MSK cluster %s has no logging_info: broker logs are not delivered", r.Address)
			}
		}
	},
}
