package gke

import "github.com/tenantlint/tenantlint/lint"

// EnableMasterAuthorizedNetworks flags clusters whose public control-plane
// endpoint admits every address. Default relied on: without a
// master_authorized_networks_config block, authorised networks are off and
// the public endpoint accepts any source address (hashicorp/google and
// google-beta v4-v6). A cluster whose endpoint is private (see
// publicEndpoint) is not reported.
var EnableMasterAuthorizedNetworks = &lint.Check{
	ID:       "google-gke-enable-master-authorized-networks",
	Title:    "GKE control plane accepts connections from any address",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Without authorised networks the Kubernetes API server's public endpoint answers anyone on " +
		"the internet. Every credential leak, authentication bug or unpatched API server flaw is then " +
		"exploitable from anywhere, not only from your networks.",
	Remediation: "Allow only your networks to reach the control plane (or make the endpoint private):\n\n" +
		"    master_authorized_networks_config {\n      cidr_blocks {\n        cidr_block   = \"203.0.113.0/24\"\n" +
		"        display_name = \"office\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
		registry + "#master_authorized_networks_config",
	},
	Resources: []string{clusterType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Block("master_authorized_networks_config").Exists() || !publicEndpoint(r) {
				continue
			}
			p.Reportf(r, "GKE cluster %s has a public control-plane endpoint without master_authorized_networks_config: any address may connect", r.Address)
		}
	},
}
