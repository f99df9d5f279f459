package cloudtrail

import "github.com/tenantlint/tenantlint/lint"

// EnableLogging flags trails whose logging is turned off. enable_logging
// defaults to true in aws_cloudtrail, so only an explicit false is reported.
var EnableLogging = &lint.Check{
	ID:       "aws-cloudtrail-enable-logging",
	Title:    "CloudTrail trail is stopped",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A trail with enable_logging = false exists but records nothing. The account looks audited " +
		"while API activity, including an intruder's, goes unrecorded.",
	Remediation: "Remove enable_logging = false, or set it to true.",
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail",
	},
	Resources: []string{"aws_cloudtrail"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("enable_logging")
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "CloudTrail trail %s has logging turned off", r.Address)
			}
		}
	},
}
