package checks

import (
	"slices"
	"testing"
)

// TestCategories: every service that has a check has its provider's
// category, in the provider's own terms, and no table names a service that
// has no check (a typo would leave the real one without a category).
func TestCategories(t *testing.T) {
	for _, p := range Providers {
		used := map[string]bool{}
		for _, c := range p.Checks {
			used[c.Service()] = true
			got, ok := p.Categories[c.Service()]
			switch {
			case !ok:
				t.Errorf("%s: service %q has no %s category (checks/%s/categories.go)", c.ID, c.Service(), p.Name, p.Name)
			case c.Category != got:
				t.Errorf("%s: Category %q, the table says %q", c.ID, c.Category, got)
			}
		}
		for svc, cat := range p.Categories {
			if !used[svc] {
				t.Errorf("%s: the category table names %q, which has no check", p.Name, svc)
			}
			if !slices.Contains(p.Terms, cat) {
				t.Errorf("%s/%s: %q is not one of the provider's terms %q", p.Name, svc, cat, p.Terms)
			}
		}
	}
	for id, want := range map[string]string{
		"aws-s3-": "abstracted services", "aws-dynamodb-": "abstracted services", "aws-sqs-": "abstracted services",
		"aws-kms-": "abstracted services", "aws-rds-": "container services", "aws-emr-": "container services",
		"aws-ec2-": "infrastructure services", "aws-vpc-": "infrastructure services",
		"azure-compute-": "IaaS", "azure-storage-": "PaaS", "azure-sql-": "PaaS", "google-compute-": "IaaS",
	} {
		found := false
		for _, c := range All {
			if len(c.ID) > len(id) && c.ID[:len(id)] == id {
				found = true
				if c.Category != want {
					t.Errorf("%s: %q, want %q", c.ID, c.Category, want)
				}
			}
		}
		if !found {
			t.Errorf("no check %s*", id)
		}
	}
}
