package acm

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoWildcard flags ACM certificates for wildcard names (*.example.com), in
// domain_name or subject_alternative_names. Names that are unknown are not
// read.
var NoWildcard = &lint.Check{
	ID:       "aws-acm-no-wildcard",
	Title:    "ACM certificate covers a wildcard name",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.SaaS,
	Description: "A wildcard certificate is valid for every host under the domain. Each service that holds " +
		"it can impersonate all the others, and a leak of an imported wildcard key (or a takeover of any " +
		"subdomain serving it) lets an attacker serve trusted TLS for the whole domain.",
	Remediation: "Request certificates for the names each service needs:\n\n" +
		"    resource \"aws_acm_certificate\" \"api\" {\n      domain_name               = \"api.example.com\"\n" +
		"      subject_alternative_names = [\"www.example.com\"]\n      validation_method         = \"DNS\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#domain_name",
	},
	Resources: []string{"aws_acm_certificate"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, arg := range []string{"domain_name", "subject_alternative_names"} {
				a := r.Attr(arg)
				for _, name := range a.Strings() {
					if strings.HasPrefix(name, "*.") {
						p.Reportf(a, "ACM certificate %s covers the wildcard name %q", r.Address, name)
						break
					}
				}
			}
		}
	},
}
