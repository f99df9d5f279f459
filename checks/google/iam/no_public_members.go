package iam

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// dataTargets are the resources whose public grant exposes data or keys:
// such a finding is critical.
var dataTargets = []string{
	"google_bigquery_dataset", "google_bigquery_table", "google_secret_manager_secret", "google_kms_crypto_key",
	"google_kms_key_ring", "google_pubsub_subscription", "google_pubsub_topic", "google_spanner_database",
	"google_spanner_instance", "google_healthcare_dataset", "google_storage_managed_folder",
	"google_artifact_registry_repository", "google_compute_disk", "google_compute_snapshot", "google_compute_image",
}

// invokerRoles only let the public call an endpoint: a public web service
// or function may be meant, so such a finding is medium.
var invokerRoles = []string{"roles/run.invoker", "roles/cloudfunctions.invoker"}

// NoPublicMembers flags allUsers and allAuthenticatedUsers granted any role
// on any Google resource, project, folder or organisation, through any IAM
// form. Buckets are left to google-storage-no-public-iam. Critical where the
// grant exposes data or keys (datasets, tables, secrets, KMS keys, topics and
// subscriptions, images and disks...), medium for the invoker role of Cloud
// Run and Cloud Functions (a public endpoint may be the intent), high
// elsewhere. Unknown members are never reported.
var NoPublicMembers = &lint.Check{
	ID:       "google-iam-no-public-members",
	Title:    "IAM grant to allUsers or allAuthenticatedUsers",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "allUsers is anyone on the internet and allAuthenticatedUsers is anyone with any Google account, " +
		"not only your organisation's. A role granted to either lets strangers read secrets, decrypt with keys, " +
		"query datasets or call services without any credential of yours.",
	Remediation: "Grant the role to the identities that need it (a group, a service account) instead:\n\n" +
		"    resource \"google_secret_manager_secret_iam_member\" \"reader\" {\n      secret_id = google_secret_manager_secret.s.id\n" +
		"      role      = \"roles/secretmanager.secretAccessor\"\n      member    = \"serviceAccount:${google_service_account.app.email}\"\n    }",
	Links: []string{
		"https://cloud.google.com/iam/docs/principals-overview#all-users",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/secret_manager_secret_iam",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/data-sources/iam_policy",
	},
	Resources: publicTypes,
	Run: func(p *lint.Pass) {
		for _, g := range iamview.Grants(p.Module) {
			if !g.Public() || g.Target.Type == "google_storage_bucket" {
				continue
			}
			r, _ := g.RoleName()
			f := p.Reportf(g.Member, "%s grants %s to %s on %s", g.Where(), g.Role.Display(), g.Member.Display(), g.TargetName())
			switch {
			case slices.Contains(dataTargets, g.Target.Type):
				f.Severity = lint.Critical
			case slices.Contains(invokerRoles, r):
				f.Severity = lint.Medium
			}
		}
	},
}

// publicTypes are every IAM resource type the view resolves, but buckets'.
var publicTypes = func() []string {
	var out []string
	for _, t := range iamview.Types() {
		if !slices.Contains(iamview.Types("google_storage_bucket"), t) {
			out = append(out, t)
		}
	}
	return append(out, "data.google_iam_policy")
}()
