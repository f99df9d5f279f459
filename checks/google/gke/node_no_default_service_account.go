package gke

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// NodeNoDefaultServiceAccount flags node pools that run as the Compute
// Engine default service account. Default relied on: an absent
// node_config.service_account is the default account (hashicorp/google and
// google-beta v4-v6). Unknown values are not reported.
var NodeNoDefaultServiceAccount = &lint.Check{
	ID:       "google-gke-node-no-default-service-account",
	Title:    "GKE nodes run as the Compute Engine default service account",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "The Compute Engine default service account often holds the Editor role on the project. " +
		"Every pod that reaches the node's credentials then acts with it. A dedicated account with only the " +
		"logging, monitoring and image-pull roles limits what a compromised node can do.",
	Remediation: "Run the nodes as a dedicated least-privilege account:\n\n" +
		"    node_config {\n      service_account = google_service_account.nodes.email\n" +
		"      oauth_scopes    = [\"https://www.googleapis.com/auth/cloud-platform\"]\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa",
		registry + "#service_account",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			a := n.config.Attr("service_account")
			if !names.DefaultComputeAccount(a) {
				continue
			}
			if a.Null() {
				p.Reportf(n.config, "%s sets no service_account: its nodes run as the Compute Engine default service account", n.what)
				continue
			}
			p.Reportf(a, "%s runs as the Compute Engine default service account", n.what)
		}
	},
}
