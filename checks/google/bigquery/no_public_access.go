package bigquery

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAccess flags dataset access entries that admit the public: an
// access block of google_bigquery_dataset, or a google_bigquery_dataset_access
// resource, whose special_group is allAuthenticatedUsers or whose iam_member
// is allUsers or allAuthenticatedUsers. Default relied on (hashicorp/google
// v4-v6): a dataset without access blocks gets the project's owners, writers
// and readers, none of them public. Unknown values are not reported.
var NoPublicAccess = &lint.Check{
	ID:       "google-bigquery-no-public-access",
	Title:    "BigQuery dataset access entry admits allUsers or allAuthenticatedUsers",
	Severity: lint.Critical,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A dataset's access list is separate from its IAM policy, and an entry for allAuthenticatedUsers " +
		"admits anyone with any Google account while allUsers admits anyone at all. Every table and view in the " +
		"dataset can then be queried by strangers, billed to whoever runs the query.",
	Remediation: "Grant dataset access to a group or service account instead:\n\n" +
		"    access {\n      role           = \"READER\"\n      group_by_email = \"analysts@example.com\"\n    }",
	Links: []string{
		"https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset_access",
	},
	Resources: []string{"google_bigquery_dataset", "google_bigquery_dataset_access"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			entries := []*lint.Block{r.Body}
			if r.Type == "google_bigquery_dataset" {
				entries = r.Blocks("access")
			}
			for _, e := range entries {
				for _, arg := range []string{"special_group", "iam_member"} {
					a := e.Attr(arg)
					s, ok := a.StringOr("")
					if !ok || a.Null() || !public(arg, s) {
						continue
					}
					p.Reportf(a, "BigQuery %s %s gives %s access to %s", noun(r), r.Address, e.Attr("role").Display(), s)
				}
			}
		}
	},
}

// public says whether an access entry's member is the public. special_group
// only knows allAuthenticatedUsers; iam_member takes both.
func public(arg, s string) bool {
	if strings.EqualFold(s, "allAuthenticatedUsers") {
		return true
	}
	return arg == "iam_member" && strings.EqualFold(s, "allUsers")
}

func noun(r *lint.Resource) string {
	if r.Type == "google_bigquery_dataset_access" {
		return "dataset access"
	}
	return "dataset"
}
