package cloudtrail

import "github.com/tenantlint/tenantlint/lint"

// GlobalServiceEvents flags trails that leave out global service events (IAM,
// STS, CloudFront) when no trail of the configuration records them.
// include_global_service_events defaults to true; regional trails often turn
// it off to avoid duplicates next to one that keeps it, which is fine.
var GlobalServiceEvents = &lint.Check{
	ID:       "aws-cloudtrail-global-service-events",
	Title:    "No CloudTrail trail records global service events",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "IAM and STS calls are global service events. A trail that leaves them out does not record " +
		"users, roles, access keys or policies being created or changed, nor role assumptions: the core of " +
		"most account takeovers.",
	Remediation: "Keep include_global_service_events = true (the default) on the account's multi-region trail.",
	Links: []string{
		"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail",
	},
	Resources: []string{"aws_cloudtrail"},
	Run: func(p *lint.Pass) {
		if p.Module.Any("aws_cloudtrail", func(r *lint.Resource) bool {
			on, ok := r.Attr("include_global_service_events").BoolOr(true)
			return on || !ok
		}) {
			return
		}
		for _, r := range p.Resources() {
			a := r.Attr("include_global_service_events")
			p.Reportf(a, "CloudTrail trail %s does not record global service events (IAM, STS)", r.Address)
		}
	},
}
