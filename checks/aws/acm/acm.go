// Package acm holds the checks for AWS Certificate Manager certificates.
package acm

import "github.com/tenantlint/tenantlint/lint"

// imported says whether the certificate is imported (certificate_body or
// private_key given) rather than issued by ACM. An unknown body still names
// an imported certificate.
func imported(r *lint.Resource) bool {
	return !r.Attr("certificate_body").Null() || !r.Attr("private_key").Null()
}

// private says whether ACM issues the certificate from a private CA.
func private(r *lint.Resource) bool {
	return !r.Attr("certificate_authority_arn").Null()
}
