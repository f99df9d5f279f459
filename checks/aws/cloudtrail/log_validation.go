package cloudtrail

import "github.com/tenantlint/tenantlint/lint"

// LogValidation flags trails without log file integrity validation.
// enable_log_file_validation defaults to false in aws_cloudtrail.
var LogValidation = &lint.Check{
	ID:       "aws-cloudtrail-log-validation",
	Title:    "CloudTrail log file validation is off",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Without log file validation CloudTrail writes no signed digest files, so nobody can prove " +
		"that a log file was not modified or deleted after delivery. An intruder with access to the log bucket " +
		"can then remove the trace of their actions unnoticed.",
	Remediation: "Set enable_log_file_validation = true:\n\n" +
		"    resource \"aws_cloudtrail\" \"main\" {\n      enable_log_file_validation = true\n      ...\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail",
	},
	Resources: []string{"aws_cloudtrail"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("enable_log_file_validation")
			on, ok := a.BoolOr(false)
			if !ok || on {
				continue
			}
			if a.Null() {
				p.Reportf(r, "CloudTrail trail %s does not validate its log files (enable_log_file_validation defaults to false)", r.Address)
				continue
			}
			p.Reportf(a, "CloudTrail trail %s does not validate its log files", r.Address)
		}
	},
}
