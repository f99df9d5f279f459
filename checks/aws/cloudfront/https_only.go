package cloudfront

import "github.com/tenantlint/tenantlint/lint"

// HTTPSOnly flags cache behaviours that serve viewers over plain HTTP
// (viewer_protocol_policy = "allow-all"; the argument is required).
var HTTPSOnly = &lint.Check{
	ID:       "aws-cloudfront-https-only",
	Title:    "CloudFront serves viewers over plain HTTP",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With viewer_protocol_policy = \"allow-all\" the distribution answers HTTP requests " +
		"without redirecting them. Cookies, tokens and content then cross the network in clear, and " +
		"anyone on the path can read or modify them, for example to inject script into pages.",
	Remediation: "Redirect viewers to HTTPS (or refuse HTTP):\n\n" +
		"    viewer_protocol_policy = \"redirect-to-https\"",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy",
	},
	Resources: distributions,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, b := range behaviors(r) {
				if a := b.Attr("viewer_protocol_policy"); a.Equals("allow-all") {
					p.Reportf(a, "distribution %s allows plain HTTP in %s", r.Address, b.Type)
				}
			}
		}
	},
}
