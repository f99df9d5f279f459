package iam

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// NoServiceAccountKeys flags google_service_account_key: every key it makes
// (generated or uploaded through public_key_data) is a user-managed key. A
// key of a service account the configuration holds with disabled = true (or
// unknown) is not reported: it cannot authenticate. disabled defaults to
// false (hashicorp/google v4-v6).
var NoServiceAccountKeys = &lint.Check{
	ID:       "google-iam-no-service-account-keys",
	Title:    "User-managed service account key is created",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A user-managed key is a long-lived credential for a service account: it works from anywhere until " +
		"it is deleted or expires, and it leaks through CI logs, laptops and repositories. Created by Terraform, " +
		"the private key also sits in the state file.",
	Remediation: "Let workloads use attached service accounts, Workload Identity or Workload Identity Federation " +
		"instead of keys, and block key creation with the iam.disableServiceAccountKeyCreation organisation policy:\n\n" +
		"    resource \"google_org_policy_policy\" \"no_keys\" {\n      name   = \"organizations/${var.org_id}/policies/iam.disableServiceAccountKeyCreation\"\n" +
		"      parent = \"organizations/${var.org_id}\"\n      spec {\n        rules {\n          enforce = \"TRUE\"\n        }\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key",
	},
	Resources: []string{"google_service_account_key"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			t := names.Resolve(p.Module, "google_service_account", r.Attr("service_account_id"))
			if t.Resource != nil {
				if off, ok := t.Resource.Attr("disabled").BoolOr(false); off || !ok {
					continue
				}
			}
			p.Reportf(r, "%s creates a user-managed key for a service account", r.Address)
		}
	},
}
