package gke

import "github.com/tenantlint/tenantlint/lint"

// NoGCPPublicCIDRsAccess flags authorised networks that admit every public
// Google Cloud address. Default relied on: gcp_public_cidrs_access_enabled
// absent leaves the access off (hashicorp/google v5-v6; the argument is in
// google-beta v4 too). A private endpoint (see publicEndpoint) is not
// reported.
var NoGCPPublicCIDRsAccess = &lint.Check{
	ID:       "google-gke-no-gcp-public-cidrs-access",
	Title:    "GKE control plane admits every public Google Cloud address",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "gcp_public_cidrs_access_enabled adds the public IP ranges of all of Google Cloud to the " +
		"authorised networks: any virtual machine or Cloud Run service of any Google customer may then reach " +
		"the API server. An attacker needs nothing but a Google Cloud account to get past the allow-list.",
	Remediation: "Authorise your own ranges only:\n\n" +
		"    master_authorized_networks_config {\n      gcp_public_cidrs_access_enabled = false\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
		registry + "#gcp_public_cidrs_access_enabled",
	},
	Resources: []string{clusterType},
	Run: func(p *lint.Pass) {
		eachAuthorizedNetworks(p, func(r *lint.Resource, man *lint.Block) {
			a := man.Attr("gcp_public_cidrs_access_enabled")
			if on, ok := a.BoolOr(false); ok && on {
				p.Reportf(a, "GKE cluster %s lets every public Google Cloud address reach its control plane", r.Address)
			}
		})
	},
}
