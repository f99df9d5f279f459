// Package securityhub holds the checks for AWS Security Hub.
package securityhub

import "github.com/tenantlint/tenantlint/lint"

// EnableDefaultStandards flags Security Hub accounts enabled without the
// default standards. enable_default_standards defaults to true in
// aws_securityhub_account, so only an explicit false is reported, and not
// when the same configuration subscribes to a standard itself.
//
// Whether Security Hub is enabled at all cannot be seen in one configuration:
// the account may be enabled by another stack or by an organization's
// delegated administrator, so a missing aws_securityhub_account is no finding.
var EnableDefaultStandards = &lint.Check{
	ID:       "aws-securityhub-enable-default-standards",
	Title:    "Security Hub is enabled without any security standard",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.SaaS,
	Description: "Security Hub without a standard runs no security checks of its own: it only collects " +
		"findings from other services. Misconfigurations such as public buckets, root access keys or disabled " +
		"logging then raise no finding in the place the security team watches.",
	Remediation: "Leave enable_default_standards at true, or subscribe to a standard explicitly:\n\n" +
		"    resource \"aws_securityhub_standards_subscription\" \"fsbp\" {\n" +
		"      standards_arn = \"arn:aws:securityhub:${var.region}::standards/aws-foundational-security-best-practices/v/1.0.0\"\n" +
		"      depends_on    = [aws_securityhub_account.main]\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/standards-reference.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_account",
	},
	Resources: []string{"aws_securityhub_account"},
	Run: func(p *lint.Pass) {
		if len(p.Module.Resources("aws_securityhub_standards_subscription")) > 0 {
			return
		}
		for _, r := range p.Resources() {
			a := r.Attr("enable_default_standards")
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "Security Hub account %s enables no security standard", r.Address)
			}
		}
	},
}
