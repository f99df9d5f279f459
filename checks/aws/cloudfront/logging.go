package cloudfront

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// Logging flags distributions with neither standard logging (logging_config)
// nor a CloudWatch log delivery source (aws_cloudwatch_log_delivery_source
// whose resource_arn is the distribution's, the v2 standard logging). It stays
// silent when some delivery source points at an unknown resource.
var Logging = &lint.Check{
	ID:       "aws-cloudfront-logging",
	Title:    "CloudFront access logging is off",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Without access logs there is no record of who requested what from the distribution: " +
		"scanning, abuse of the application, data scraping and the source of an incident remain " +
		"invisible, and the evidence cannot be recovered later.",
	Remediation: "Enable standard logging:\n\n" +
		"    logging_config {\n" +
		"      bucket = aws_s3_bucket.cdn_logs.bucket_domain_name\n" +
		"      prefix = \"cdn/\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#logging-config-arguments",
	},
	Resources: distributions,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Block("logging_config").Exists() {
				continue
			}
			srcs, certain := p.Module.Companions(names.AWS, r, "aws_cloudwatch_log_delivery_source", "resource_arn")
			if certain && len(srcs) == 0 {
				p.Reportf(r, "distribution %s has no access logging", r.Address)
			}
		}
	},
}
