package iam

import "github.com/tenantlint/tenantlint/lint"

// ServiceAccountSeparationOfDuties flags a member that is both Service
// Account Admin and Service Account User on the same project, folder or
// organisation. Grants under a real condition, and unknown members, roles
// and targets, are not paired.
var ServiceAccountSeparationOfDuties = &lint.Check{
	ID:       "google-iam-service-account-separation-of-duties",
	Title:    "One member both administers service accounts and acts as them",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Service Account Admin creates service accounts and sets who may use them; Service Account User " +
		"runs workloads as them. Held together, one identity can create an account, let itself use it, and " +
		"act with whatever roles the account has, with no second person involved.",
	Remediation: "Give service account administration and use to different members:\n\n" +
		"    resource \"google_project_iam_member\" \"sa_admin\" {\n      project = var.project_id\n" +
		"      role    = \"roles/iam.serviceAccountAdmin\"\n      member  = \"group:iam-admins@example.com\"\n    }",
	Links: []string{
		"https://cloud.google.com/iam/docs/service-account-permissions",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
	},
	Resources: hierarchyTypes,
	Run: func(p *lint.Pass) {
		separation(p, []string{"roles/iam.serviceAccountAdmin"}, []string{"roles/iam.serviceAccountUser"},
			"administering service accounts and acting as them should be separate")
	},
}
