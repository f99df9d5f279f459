package compute

import "github.com/tenantlint/tenantlint/lint"

// NoDefaultServiceAccount flags instances and templates that run as the
// Compute Engine default service account with scopes narrower than
// cloud-platform; with cloud-platform they are
// google-compute-no-default-service-account-full-scope's. The default account
// is recognised as there (see defaultAccount). Default relied on
// (hashicorp/google v4-v6): a service_account block without email uses the
// default service account; without the block a VM has no service account.
// Unknown emails and scopes are not reported.
var NoDefaultServiceAccount = &lint.Check{
	ID:       "google-compute-no-default-service-account",
	Title:    "Instance uses the Compute Engine default service account",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "The default service account is shared by every VM of the project that does not name another one, " +
		"and is often granted the Editor role. Scopes narrow what its token may call today, but a VM that shares " +
		"it cannot be given least privilege of its own, and widening the scopes later widens every VM at once.",
	Remediation: "Create a service account for the workload and grant it only the roles it needs:\n\n" +
		"    service_account {\n      email  = google_service_account.app.email\n      scopes = [\"cloud-platform\"]\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
		registry(instanceType, "service_account"),
		registry(templateType, "service_account"),
	},
	Resources: instanceTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, sa := range defaultAccountBlocks(r) {
				email, scopes := sa.Attr("email"), sa.Attr("scopes")
				if !scopes.AllStringsKnown() || fullScope(scopes) {
					continue
				}
				var at lint.Subject = sa
				if !email.Null() {
					at = email
				}
				p.Reportf(at, "%s runs as the default compute service account (%s)", r.Address, defaultName(email))
			}
		}
	},
}
