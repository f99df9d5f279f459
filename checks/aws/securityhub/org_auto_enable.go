package securityhub

import "github.com/tenantlint/tenantlint/lint"

// OrgAutoEnable flags organization configurations under local configuration
// (the default configuration_type) that do not enable Security Hub for new
// member accounts. Under central configuration auto_enable must be false and
// configuration policies decide, so nothing is reported there.
var OrgAutoEnable = &lint.Check{
	ID:       "aws-securityhub-org-auto-enable",
	Title:    "Security Hub is not enabled automatically for new organization accounts",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.SaaS,
	Description: "With local configuration and auto_enable = false, accounts that join the organization do " +
		"not report to Security Hub until someone enables it by hand, so their misconfigurations and threat " +
		"findings never reach the security team.",
	Remediation: "Set auto_enable = true, or move to central configuration with a configuration policy:\n\n" +
		"    resource \"aws_securityhub_organization_configuration\" \"org\" {\n      auto_enable = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/securityhub/latest/userguide/accounts-orgs-auto-enable.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_organization_configuration",
	},
	Resources: []string{"aws_securityhub_organization_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			typ, ok := r.Block("organization_configuration").Attr("configuration_type").StringOr("LOCAL")
			if !ok || typ != "LOCAL" {
				continue
			}
			a := r.Attr("auto_enable")
			if on, ok := a.BoolOr(false); ok && !on && a.Set {
				p.Reportf(a, "Security Hub organization configuration %s does not enable new member accounts", r.Address)
			}
		}
	},
}
