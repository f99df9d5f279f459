package storage

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// UniformBucketLevelAccess flags buckets without uniform bucket-level access.
// Default relied on: uniform_bucket_level_access defaults to false
// (hashicorp/google v4, v5 and v6), unless an organisation policy enforces it.
var UniformBucketLevelAccess = &lint.Check{
	ID:       "google-storage-uniform-bucket-level-access",
	Title:    "Cloud Storage bucket does not use uniform bucket-level access",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Without uniform bucket-level access, every object carries its own ACL next to the bucket's IAM " +
		"policy. One object made public by an upload tool or a script is then invisible in the bucket's IAM, and " +
		"reviews of who can read the bucket miss it. Uniform access turns ACLs off so IAM alone decides.",
	Remediation: "Turn on uniform bucket-level access:\n\n" +
		"    resource \"google_storage_bucket\" \"b\" {\n      name                        = \"my-bucket\"\n" +
		"      location                    = \"EU\"\n      uniform_bucket_level_access = true\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/uniform-bucket-level-access",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access",
	},
	Resources: []string{bucketType},
	Run: rule.On("uniform_bucket_level_access", rule.Default(false).For("hashicorp/google v4-v6"),
		"Cloud Storage bucket {address} does not use uniform bucket-level access: object ACLs still apply",
		rule.Unset("Cloud Storage bucket {address} does not set uniform_bucket_level_access (default false): object ACLs still apply")),
}
