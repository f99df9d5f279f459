package acm

import (
	"crypto/rsa"

	"github.com/tenantlint/tenantlint/lint"
)

// minRSABits is the smallest RSA key NIST SP 800-131A accepts for TLS.
const minRSABits = 2048

// ImportedWeakKey flags imported certificates whose public key, read from a
// body known when the configuration is read, is RSA below 2048 bits. ACM
// issues no such keys itself; imported ones are whatever the importer
// brings. An unknown body, or one that does not parse, is not judged.
var ImportedWeakKey = &lint.Check{
	ID:       "aws-acm-imported-weak-key",
	Title:    "Imported ACM certificate uses an RSA key shorter than 2048 bits",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "RSA keys of 1024 bits are within reach of well-funded attackers and are rejected by current " +
		"browsers and by NIST guidance. A certificate on such a key protects the TLS sessions of every endpoint " +
		"that serves it with less than the clients assume.",
	Remediation: "Import a certificate on an RSA 2048 (or ECDSA P-256) key, or let ACM issue one:\n\n" +
		"    resource \"aws_acm_certificate\" \"this\" {\n      domain_name       = \"example.com\"\n" +
		"      validation_method = \"DNS\"\n      key_algorithm     = \"EC_prime256v1\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/acm/latest/userguide/import-certificate-prerequisites.html",
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
			if k, ok := cert.PublicKey.(*rsa.PublicKey); ok && k.N.BitLen() < minRSABits {
				p.Reportf(a, "imported ACM certificate %s uses a %d-bit RSA key", r.Address, k.N.BitLen())
			}
		}
	},
}
