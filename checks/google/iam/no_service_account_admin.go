package iam

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// NoServiceAccountAdmin flags a service account granted an administrator
// role (a predefined role whose name ends in Admin, or a service's owner
// role) on a project, a folder or the organisation. Basic roles are
// google-iam-no-basic-roles's. Grants under a real condition, and unknown
// members and roles, are not reported.
var NoServiceAccountAdmin = &lint.Check{
	ID:       "google-iam-no-service-account-admin",
	Title:    "Service account holds an administrator role on a project, folder or organisation",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Service accounts run code: whatever can run as the account, or steal its token from a VM or a " +
		"pipeline, gets its roles. An administrator role on a project lets that code reconfigure or delete a whole " +
		"service, and often grant itself more.",
	Remediation: "Give the service account the narrow roles its workload uses:\n\n" +
		"    resource \"google_project_iam_member\" \"app\" {\n      project = var.project_id\n" +
		"      role    = \"roles/storage.objectViewer\"\n      member  = \"serviceAccount:${google_service_account.app.email}\"\n    }",
	Links: []string{
		"https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
	},
	Resources: hierarchyTypes,
	Run: func(p *lint.Pass) {
		for _, g := range hierarchyGrants(p.Module) {
			if iamview.MemberKind(member(g)) != "serviceAccount" || !adminRole(role(g)) {
				continue
			}
			p.Reportf(g.Member, "%s grants the administrator role %s to %s on %s", g.Where(), role(g), member(g), g.TargetName())
		}
	},
}
