package cloudfront

import "github.com/tenantlint/tenantlint/lint"

// MinTLS flags distributions with a custom certificate whose viewer security
// policy allows protocols older than TLS 1.2 (or TLS 1.2 with the 2018 cipher
// set). minimum_protocol_version defaults to "TLSv1". Distributions on the
// default *.cloudfront.net certificate are skipped: CloudFront fixes their
// policy at TLSv1 and accepts no other value.
var MinTLS = &lint.Check{
	ID:       "aws-cloudfront-min-tls",
	Title:    "CloudFront allows outdated TLS versions",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "The viewer security policy lets clients connect with SSLv3, TLS 1.0 or TLS 1.1, or " +
		"with weak TLS 1.2 ciphers. These versions are deprecated and have practical attacks; keeping " +
		"them only serves very old clients while allowing downgrades for everyone.",
	Remediation: "Use a current security policy:\n\n" +
		"    viewer_certificate {\n" +
		"      acm_certificate_arn      = aws_acm_certificate.site.arn\n" +
		"      ssl_support_method       = \"sni-only\"\n" +
		"      minimum_protocol_version = \"TLSv1.2_2021\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer-certificate-arguments",
	},
	Resources: distributions,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			vc := r.Block("viewer_certificate")
			def, ok := vc.Attr("cloudfront_default_certificate").BoolOr(false)
			if !ok || def || !vc.Exists() {
				continue
			}
			a := vc.Attr("minimum_protocol_version")
			v, ok := a.StringOr("TLSv1")
			if !ok || !weakViewerPolicy[v] {
				continue
			}
			if a.Null() {
				p.Reportf(vc, "distribution %s does not set minimum_protocol_version, which defaults to TLSv1", r.Address)
			} else {
				p.Reportf(a, "distribution %s allows %s", r.Address, v)
			}
		}
	},
}

// weakViewerPolicy lists the viewer security policies below TLSv1.2_2019.
var weakViewerPolicy = map[string]bool{
	"SSLv3": true, "TLSv1": true, "TLSv1_2016": true, "TLSv1.1_2016": true, "TLSv1.2_2018": true,
}
