package storage

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnforcePublicAccessPrevention flags buckets whose public access
// prevention is not "enforced". Default relied on: public_access_prevention
// defaults to "inherited" (hashicorp/google v4.x and later, v5, v6): the
// bucket is protected only if the storage.publicAccessPrevention
// organisation policy says so, which the configuration does not show.
var EnforcePublicAccessPrevention = &lint.Check{
	ID:       "google-storage-enforce-public-access-prevention",
	Title:    "Cloud Storage bucket does not enforce public access prevention",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Public access prevention makes Cloud Storage refuse every grant to allUsers and " +
		"allAuthenticatedUsers on the bucket and its objects, through IAM and ACLs alike. Without it, one mistaken " +
		"grant or ACL is enough to publish the bucket's data to the internet.",
	Remediation: "Enforce public access prevention on the bucket (or through the storage.publicAccessPrevention " +
		"organisation policy):\n\n" +
		"    resource \"google_storage_bucket\" \"b\" {\n      name                     = \"my-bucket\"\n" +
		"      location                 = \"EU\"\n      public_access_prevention = \"enforced\"\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/public-access-prevention",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#public_access_prevention",
	},
	Resources: []string{bucketType},
	Run: rule.OneOf("public_access_prevention", []string{"enforced"}, rule.Default("inherited").For("hashicorp/google v4-v6"),
		"Cloud Storage bucket {address} sets public access prevention to {value}, not enforced",
		rule.Unset("Cloud Storage bucket {address} does not enforce public access prevention (default inherited)")),
}
