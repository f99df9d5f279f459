package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicMasterAuthorizedNetwork flags authorised networks that admit the
// whole internet (0.0.0.0/0, its two halves, or all of IPv6 global
// unicast). An unknown cidr_block is not reported. A cluster whose
// endpoint is private (see publicEndpoint) is not reported: the list then
// only governs the private endpoint.
var NoPublicMasterAuthorizedNetwork = &lint.Check{
	ID:       "google-gke-no-public-master-authorized-network",
	Title:    "GKE master authorised networks admit the whole internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "An authorised network of 0.0.0.0/0 turns the control plane's allow-list into a formality: " +
		"the Kubernetes API answers every address. The cluster then looks protected in review while it is as " +
		"exposed as one without authorised networks.",
	Remediation: "List only the ranges that need the API server:\n\n" +
		"    master_authorized_networks_config {\n      cidr_blocks {\n        cidr_block   = \"203.0.113.0/24\"\n" +
		"        display_name = \"office\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
		registry + "#cidr_blocks",
	},
	Resources: []string{clusterType},
	Run: func(p *lint.Pass) {
		eachAuthorizedNetworks(p, func(r *lint.Resource, man *lint.Block) {
			for _, cb := range man.Blocks("cidr_blocks") {
				a := cb.Attr("cidr_block")
				s, ok := a.StringOr("")
				if ok && !a.Null() && netrange.Public(s) {
					p.Reportf(a, "GKE cluster %s authorises %s to reach its control plane: the whole internet", r.Address, s)
				}
			}
		})
	},
}
