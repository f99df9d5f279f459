package iam

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// personalDomains are the domains of consumer Google accounts.
var personalDomains = []string{"@gmail.com", "@googlemail.com"}

// NoPersonalAccounts flags grants of any role, on anything, to a consumer
// Google account (user:someone@gmail.com). Unknown members are not
// reported; a grant under a real condition is still one.
var NoPersonalAccounts = &lint.Check{
	ID:       "google-iam-no-personal-accounts",
	Title:    "IAM grant to a personal Google account",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A personal Gmail account is outside the organisation's control: its password policy, 2-step " +
		"verification and recovery options are the owner's, nobody can suspend it when the person leaves, and " +
		"its sign-ins are not in your logs. Access should go to managed identities of your Cloud Identity or " +
		"Workspace domain.",
	Remediation: "Grant the role to a managed account or, better, a group of your domain:\n\n" +
		"    member = \"group:data-engineers@example.com\"",
	Links: []string{
		"https://cloud.google.com/iam/docs/using-iam-securely",
		"https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
	},
	Resources: append(iamview.Types(), "data.google_iam_policy"),
	Run: func(p *lint.Pass) {
		for _, g := range iamview.Grants(p.Module) {
			m, ok := g.MemberName()
			if !ok || iamview.MemberKind(m) != "user" {
				continue
			}
			lower := strings.ToLower(m)
			for _, d := range personalDomains {
				if strings.HasSuffix(lower, d) {
					p.Reportf(g.Member, "%s grants %s to the personal account %s on %s", g.Where(), g.Role.Display(), m, g.TargetName())
					break
				}
			}
		}
	},
}
