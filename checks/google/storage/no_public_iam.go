package storage

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicIAM flags any role on a bucket granted to allUsers or
// allAuthenticatedUsers, through google_storage_bucket_iam_member,
// _iam_binding or _iam_policy (from data "google_iam_policy" or JSON), in
// whichever module. Not reported: a bucket of the configuration that
// enforces public access prevention (Cloud Storage then refuses the grant),
// or whose setting is unknown; unknown members.
var NoPublicIAM = &lint.Check{
	ID:       "google-storage-no-public-iam",
	Title:    "Cloud Storage bucket IAM grants access to allUsers or allAuthenticatedUsers",
	Severity: lint.Critical,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A bucket role granted to allUsers makes the bucket's objects readable (or writable) by anyone on " +
		"the internet; allAuthenticatedUsers is no better, since any Google account qualifies. Public buckets are " +
		"crawled continuously, so data exposed this way is found quickly.",
	Remediation: "Grant bucket roles to the identities that need them and enforce public access prevention:\n\n" +
		"    resource \"google_storage_bucket_iam_member\" \"reader\" {\n      bucket = google_storage_bucket.b.name\n" +
		"      role   = \"roles/storage.objectViewer\"\n      member = \"serviceAccount:${google_service_account.app.email}\"\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/access-control/making-data-public",
		"https://cloud.google.com/storage/docs/public-access-prevention",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam",
	},
	Resources: append(iamview.Types(bucketType), "data.google_iam_policy"),
	Run: func(p *lint.Pass) {
		for _, g := range iamview.OnType(iamview.Grants(p.Module), bucketType) {
			if !g.Public() || mayPreventPublic(g.Target) {
				continue
			}
			p.Reportf(g.Member, "%s grants %s to %s on %s", g.Where(), g.Role.Display(), g.Member.Display(), g.TargetName())
		}
	},
}
