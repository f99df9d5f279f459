package acm

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// TransparencyLogging flags public ACM certificates that opt out of
// certificate transparency logging. The preference defaults to ENABLED
// (hashicorp/aws v3-v6); it only applies to public certificates ACM issues,
// so imported and private-CA certificates are left out.
var TransparencyLogging = &lint.Check{
	ID:       "aws-acm-transparency-logging",
	Title:    "ACM certificate opts out of certificate transparency logging",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.SaaS,
	Description: "Certificate transparency logs let a domain's owner see every certificate issued for it, " +
		"so a certificate obtained by someone else is noticed. Browsers reject public certificates missing from " +
		"the logs, and opting out also hides the domain's own certificates from its monitoring.",
	Remediation: "Keep transparency logging on (the default):\n\n" +
		"    options {\n      certificate_transparency_logging_preference = \"ENABLED\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#certificate_transparency_logging_preference",
	},
	Resources: []string{"aws_acm_certificate"},
	Run: rule.OneOf("options.certificate_transparency_logging_preference", []string{"ENABLED"},
		rule.Default("ENABLED").For("hashicorp/aws v3-v6"),
		"ACM certificate {address} sets certificate transparency logging to {value}",
		rule.FoldCase(), rule.Skip(func(r *lint.Resource) bool { return imported(r) || private(r) })),
}
