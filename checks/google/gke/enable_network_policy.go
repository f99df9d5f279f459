package gke

import "github.com/tenantlint/tenantlint/lint"

// EnableNetworkPolicy flags Standard clusters that enforce no network
// policy: neither Dataplane V2 (datapath_provider = "ADVANCED_DATAPATH")
// nor the Calico network_policy with enabled = true. Defaults relied on:
// datapath_provider absent is the legacy datapath and network_policy
// absent is off (hashicorp/google and google-beta v4-v6). Autopilot
// clusters always run Dataplane V2. Unknown values are not reported.
var EnableNetworkPolicy = &lint.Check{
	ID:       "google-gke-enable-network-policy",
	Title:    "GKE cluster does not enforce network policies",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Without network policy enforcement every pod can open connections to every other pod in the " +
		"cluster, whatever NetworkPolicy objects say. One compromised workload can then reach databases, " +
		"internal APIs and the pods of other teams.",
	Remediation: "Use Dataplane V2, which enforces network policies:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      datapath_provider = \"ADVANCED_DATAPATH\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
		"https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2",
		registry + "#datapath_provider",
		registry + "#network_policy",
	},
	Resources: []string{clusterType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !standard(r) {
				continue
			}
			dp := r.Attr("datapath_provider")
			s, ok := dp.StringOr("")
			if !ok || s == "ADVANCED_DATAPATH" {
				continue
			}
			np := r.Blocks("network_policy")
			if len(np) == 0 {
				p.Reportf(r, "GKE cluster %s enforces no network policy: no Dataplane V2 and no network_policy block", r.Address)
				continue
			}
			a := np[0].Attr("enabled")
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "GKE cluster %s enforces no network policy: network_policy is not enabled and the datapath is not Dataplane V2", r.Address)
			}
		}
	},
}
