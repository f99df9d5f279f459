package cloudfront

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// OriginHTTPS flags custom origins that CloudFront reaches over plain HTTP or
// with SSLv3/TLS 1.0/TLS 1.1 allowed. origin_protocol_policy and
// origin_ssl_protocols are required arguments. "match-viewer" is reported only
// when some cache behaviour lets viewers in over HTTP.
var OriginHTTPS = &lint.Check{
	ID:       "aws-cloudfront-origin-https",
	Title:    "CloudFront reaches its origin without strong TLS",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Requests from CloudFront to a custom origin cross the internet. Over plain HTTP, or " +
		"with SSLv3 or TLS 1.0/1.1 allowed, viewers' requests and responses (cookies, tokens, personal " +
		"data) can be read or altered between the edge and the origin even when viewers use HTTPS.",
	Remediation: "Use HTTPS with TLS 1.2 to the origin:\n\n" +
		"    custom_origin_config {\n" +
		"      http_port              = 80\n" +
		"      https_port             = 443\n" +
		"      origin_protocol_policy = \"https-only\"\n" +
		"      origin_ssl_protocols   = [\"TLSv1.2\"]\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#custom-origin-config-arguments",
	},
	Resources: distributions,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			httpViewers := false
			for _, b := range behaviors(r) {
				httpViewers = httpViewers || b.Attr("viewer_protocol_policy").Equals("allow-all")
			}
			for _, o := range r.Blocks("origin") {
				c := o.Block("custom_origin_config")
				pol := c.Attr("origin_protocol_policy")
				if pol.Equals("http-only") || (httpViewers && pol.Equals("match-viewer")) {
					p.Reportf(pol, "distribution %s reaches origin %s over HTTP", r.Address, o.Attr("origin_id").Display())
					continue
				}
				protos := c.Attr("origin_ssl_protocols")
				var weak []string
				for _, s := range protos.Strings() {
					if s == "SSLv3" || s == "TLSv1" || s == "TLSv1.1" {
						weak = append(weak, s)
					}
				}
				if len(weak) > 0 && !pol.Equals("http-only") {
					p.Reportf(protos, "distribution %s allows %s to origin %s", r.Address, strings.Join(weak, ", "), o.Attr("origin_id").Display())
				}
			}
		}
	},
}
