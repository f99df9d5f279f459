package gke

import "github.com/tenantlint/tenantlint/lint"

// NoBasicAuth flags clusters with a static username and password for the
// control plane (master_auth.username / password, in hashicorp/google v3
// and earlier; v4 removed them and GKE 1.19 dropped basic authentication).
// Default relied on: both absent means basic authentication is off. An
// empty username turns it off too; an unknown one is not reported.
var NoBasicAuth = &lint.Check{
	ID:       "google-gke-no-basic-auth",
	Title:    "GKE cluster enables basic authentication",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Basic authentication gives the control plane a static username and password that never " +
		"expire, are not tied to a Google identity and leave no trace of who used them. The password is also " +
		"kept in the configuration and in the Terraform state.",
	Remediation: "Remove the username and password and authenticate with Google identities:\n\n" +
		"    master_auth {\n      client_certificate_config {\n        issue_client_certificate = false\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
		"https://registry.terraform.io/providers/hashicorp/google/3.90.1/docs/resources/container_cluster#username",
	},
	Resources: []string{clusterType},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, b := range r.Blocks("master_auth") {
				a := b.Attr("username")
				if s, ok := a.StringOr(""); ok && s != "" {
					p.Reportf(a, "GKE cluster %s enables basic authentication with a static username and password", r.Address)
				}
			}
		}
	},
}
