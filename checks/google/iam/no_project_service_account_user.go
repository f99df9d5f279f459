package iam

import (
	"github.com/tenantlint/tenantlint/lint"
)

// NoProjectServiceAccountUser flags Service Account User
// (roles/iam.serviceAccountUser) and Service Account Token Creator
// (roles/iam.serviceAccountTokenCreator) granted on a project, a folder or
// the organisation rather than on one service account. Grants under a real
// condition, and unknown members and roles, are not reported.
var NoProjectServiceAccountUser = &lint.Check{
	ID:       "google-iam-no-project-service-account-user",
	Title:    "Service Account User or Token Creator granted on a project, folder or organisation",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Granted on a project, these roles let the member act as every service account in it, today's and " +
		"tomorrow's: attach them to workloads, or mint their access tokens. The member then holds the union of " +
		"all those accounts' permissions, often up to project owner.",
	Remediation: "Grant the role on the one service account that must be used:\n\n" +
		"    resource \"google_service_account_iam_member\" \"deployer\" {\n      service_account_id = google_service_account.runtime.name\n" +
		"      role               = \"roles/iam.serviceAccountUser\"\n      member             = \"group:deployers@example.com\"\n    }",
	Links: []string{
		"https://cloud.google.com/iam/docs/service-account-permissions#user-role",
		"https://cloud.google.com/iam/docs/best-practices-service-accounts#project-folder-grants",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam",
	},
	Resources: hierarchyTypes,
	Run: func(p *lint.Pass) {
		roleGrants(p, []string{"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"},
			": it can act as every service account there")
	},
}
