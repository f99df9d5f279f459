package guardduty

import "github.com/tenantlint/tenantlint/lint"

// OrgAutoEnable flags organization configurations that do not turn GuardDuty
// on for member accounts: auto_enable_organization_members = "NONE", or the
// deprecated auto_enable = false.
var OrgAutoEnable = &lint.Check{
	ID:       "aws-guardduty-org-auto-enable",
	Title:    "GuardDuty is not enabled automatically for organization accounts",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.SaaS,
	Description: "When the delegated administrator does not auto-enable GuardDuty, accounts that join the " +
		"organization have no detector until someone turns it on by hand. New accounts, often sandboxes with " +
		"loose controls, are then watched by nobody.",
	Remediation: "Enable GuardDuty for every member account (or at least new ones):\n\n" +
		"    resource \"aws_guardduty_organization_configuration\" \"org\" {\n" +
		"      detector_id                      = aws_guardduty_detector.admin.id\n" +
		"      auto_enable_organization_members = \"ALL\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_organizations.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_organization_configuration",
	},
	Resources: []string{"aws_guardduty_organization_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			members := r.Attr("auto_enable_organization_members")
			if members.Equals("NONE") {
				p.Reportf(members, "GuardDuty organization configuration %s enables no member account", r.Address)
				continue
			}
			legacy := r.Attr("auto_enable")
			if members.Null() && legacy.Equals(false) {
				p.Reportf(legacy, "GuardDuty organization configuration %s does not enable new member accounts", r.Address)
			}
		}
	},
}
