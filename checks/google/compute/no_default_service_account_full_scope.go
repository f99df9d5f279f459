// Package compute holds the checks for Compute Engine: instances, instance
// templates and their service accounts.
package compute

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// NoDefaultServiceAccountFullScope flags instances and instance templates
// that run as the Compute Engine default service account with the
// cloud-platform scope. An instance created from a template without its own
// service_account block takes the template's, which is read there. Default relied on (hashicorp/google v4-v6): a
// service_account block without email uses the default service account; an
// instance without a service_account block has no service account. The
// default account is recognised by its address
// (PROJECT_NUMBER-compute@developer.gserviceaccount.com), the literal
// "default", or a reference to data "google_compute_default_service_account".
// Unknown emails and scopes are not reported.
var NoDefaultServiceAccountFullScope = &lint.Check{
	ID:       "google-compute-no-default-service-account-full-scope",
	Title:    "Instance uses the default service account with full access to all Cloud APIs",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "The Compute Engine default service account is created with the Editor role on the project in many " +
		"organisations. With the cloud-platform scope nothing limits what its token may call, so anyone who gets code " +
		"running on the instance, or reads its metadata server, can change almost anything in the project.",
	Remediation: "Run the instance as a dedicated service account with only the roles it needs:\n\n" +
		"    service_account {\n      email  = google_service_account.app.email\n      scopes = [\"cloud-platform\"]\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
		"https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance_template#service_account",
	},
	Resources: []string{
		"google_compute_instance", "google_compute_instance_from_template", "google_compute_instance_template",
		"google_compute_region_instance_template",
	},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, sa := range defaultAccountBlocks(r) {
				if scopes := sa.Attr("scopes"); fullScope(scopes) {
					p.Reportf(scopes, "%s runs as the default compute service account (%s) with the cloud-platform scope",
						r.Address, defaultName(sa.Attr("email")))
				}
			}
		}
	},
}

// defaultName says how the default account was named, for the message.
func defaultName(email lint.Attr) string {
	s, ok := email.StringOr("")
	switch {
	case !ok:
		return "from data google_compute_default_service_account"
	case email.Null() || s == "":
		return "no email given"
	}
	return s
}

// defaultAccountBlocks returns the service_account blocks of r that are
// known to run as the default service account.
func defaultAccountBlocks(r *lint.Resource) []*lint.Block {
	var out []*lint.Block
	for _, sa := range r.Blocks("service_account") {
		if names.DefaultComputeAccount(sa.Attr("email")) {
			out = append(out, sa)
		}
	}
	return out
}

// fullScope says whether a scopes list holds cloud-platform.
func fullScope(scopes lint.Attr) bool {
	for _, s := range scopes.Strings() {
		if s == "cloud-platform" || s == "https://www.googleapis.com/auth/cloud-platform" {
			return true
		}
	}
	return false
}
