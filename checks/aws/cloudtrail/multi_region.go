// Package cloudtrail holds the checks for CloudTrail trails.
package cloudtrail

import "github.com/tenantlint/tenantlint/lint"

// MultiRegion flags trails that record one region only. is_multi_region_trail
// defaults to false in aws_cloudtrail (unlike the console, which creates
// multi-region trails). A single-region trail is not reported when the same
// configuration holds a multi-region trail: the account is covered by it and
// the regional trail is an addition (data events, a separate audience).
var MultiRegion = &lint.Check{
	ID:       "aws-cloudtrail-multi-region",
	Title:    "CloudTrail trail records a single region",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A trail that is not multi-region records API activity in the region it was created in only. " +
		"An attacker who works in another region (launching instances for mining, creating resources to persist) " +
		"leaves no management events in it, and global service events may be missed.",
	Remediation: "Set is_multi_region_trail = true on the account's trail:\n\n" +
		"    resource \"aws_cloudtrail\" \"main\" {\n      is_multi_region_trail = true\n      ...\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail",
	},
	Resources: []string{"aws_cloudtrail"},
	Run: func(p *lint.Pass) {
		if p.Module.Has("aws_cloudtrail", "is_multi_region_trail", true) {
			return
		}
		for _, r := range p.Resources() {
			a := r.Attr("is_multi_region_trail")
			on, ok := a.BoolOr(false)
			if !ok || on {
				continue
			}
			if a.Null() {
				p.Reportf(r, "CloudTrail trail %s records only its own region (is_multi_region_trail defaults to false)", r.Address)
				continue
			}
			p.Reportf(a, "CloudTrail trail %s records only its own region", r.Address)
		}
	},
}
