package iam

import (
	"github.com/tenantlint/tenantlint/lint"
)

// NoBasicRoles flags roles/owner and roles/editor granted on a project, a
// folder or the organisation, by any IAM form (member, binding, policy). A
// grant under a condition that really narrows it (it tests the request or
// the resource) is not reported; unknown members and roles are not either.
// No default is involved: the check reads only what the configuration grants.
var NoBasicRoles = &lint.Check{
	ID:       "google-iam-no-basic-roles",
	Title:    "Basic role (Owner or Editor) granted on a project, folder or organisation",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Owner and Editor are the legacy basic roles: they hold thousands of permissions across every " +
		"service of every project below the grant, including reading data and changing almost any resource. " +
		"Whoever holds one, or steals its credentials, controls the project; predefined or custom roles can " +
		"give the same person only the permissions the job needs.",
	Remediation: "Grant a predefined role that fits the job instead of a basic role:\n\n" +
		"    resource \"google_project_iam_member\" \"deployer\" {\n      project = var.project_id\n" +
		"      role    = \"roles/run.developer\"\n      member  = \"serviceAccount:${google_service_account.deployer.email}\"\n    }",
	Links: []string{
		"https://cloud.google.com/iam/docs/roles-overview#basic",
		"https://cloud.google.com/iam/docs/using-iam-securely",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
	},
	Resources: hierarchyTypes,
	Run: func(p *lint.Pass) {
		roleGrants(p, []string{"roles/owner", "roles/editor"}, ", a basic role")
	},
}
