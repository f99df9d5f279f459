package acm

import (
	"crypto/x509"
	"encoding/pem"

	"github.com/tenantlint/tenantlint/lint"
)

// ImportedExpired flags imported certificates whose body, known when the
// configuration is read (a literal, a file() or a variable default), has
// expired. Only the leaf (the first CERTIFICATE block) is read; a body that
// is unknown or does not parse is not judged.
var ImportedExpired = &lint.Check{
	ID:       "aws-acm-imported-expired",
	Title:    "Imported ACM certificate has expired",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.SaaS,
	Description: "ACM does not renew imported certificates. An expired one breaks TLS for every load " +
		"balancer, CloudFront distribution or API that serves it, and clients that are told to click through " +
		"the warning learn to accept any certificate, an attacker's included.",
	Remediation: "Import a renewed certificate, or let ACM issue and renew one:\n\n" +
		"    resource \"aws_acm_certificate\" \"this\" {\n      domain_name       = \"example.com\"\n" +
		"      validation_method = \"DNS\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/acm/latest/userguide/import-reimport.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#certificate_body",
	},
	Resources: []string{"aws_acm_certificate"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("certificate_body")
			body, ok := a.StringOr("")
			if !ok || a.Null() {
				continue
			}
			cert := leaf([]byte(body))
			if cert == nil {
				continue
			}
			if cert.NotAfter.Before(p.Now()) {
				p.Reportf(a, "imported ACM certificate %s expired on %s", r.Address, cert.NotAfter.UTC().Format("2006-01-02"))
			}
		}
	},
}

// leaf returns the first certificate of a PEM bundle, nil when there is
// none that parses.
func leaf(data []byte) *x509.Certificate {
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return nil
		}
		if b.Type != "CERTIFICATE" {
			continue
		}
		cert, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil
		}
		return cert
	}
}
