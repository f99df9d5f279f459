package cloudfront

import "github.com/tenantlint/tenantlint/lint"

// WAF flags enabled distributions with no web ACL. web_acl_id has no default;
// absent means no WAF. Disabled distributions serve nothing and are skipped.
var WAF = &lint.Check{
	ID:       "aws-cloudfront-waf",
	Title:    "CloudFront distribution has no WAF",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "A distribution without a web ACL passes every request to the origin: injection " +
		"attempts, known exploit payloads, credential stuffing and request floods reach the application " +
		"unfiltered. AWS WAF at the edge blocks them before they cost origin capacity or exploit a bug.",
	Remediation: "Associate a WAFv2 web ACL (scope CLOUDFRONT):\n\n" +
		"    web_acl_id = aws_wafv2_web_acl.edge.arn",
	Links: []string{
		"https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#web_acl_id",
	},
	Resources: distributions,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if on, ok := r.Attr("enabled").BoolOr(true); !ok || !on {
				continue
			}
			if acl := r.Attr("web_acl_id"); acl.Null() {
				p.Reportf(r, "distribution %s has no web ACL", r.Address)
			} else if s, ok := acl.StringOr(""); ok && s == "" {
				p.Reportf(acl, "distribution %s has an empty web_acl_id", r.Address)
			}
		}
	},
}
