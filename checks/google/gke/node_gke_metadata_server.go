package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeGKEMetadataServer flags node pools that expose the Compute Engine
// metadata server to pods (workload_metadata_config.mode = "GCE_METADATA").
// Default relied on: an absent mode takes the cluster's setting, which is
// GKE_METADATA when Workload Identity is on (hashicorp/google and
// google-beta v4-v6); that cluster-level gap is google-gke-enable-workload-identity's,
// so absence is not reported here. The v3 spelling, node_metadata =
// "EXPOSE", is read the same way.
var NodeGKEMetadataServer = &lint.Check{
	ID:       "google-gke-node-gke-metadata-server",
	Title:    "GKE nodes expose the Compute Engine metadata server to pods",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "With GCE_METADATA, pods reach the node's Compute Engine metadata server directly: they can " +
		"take the node service account's token and read the kubelet's bootstrap credentials. The GKE metadata " +
		"server hides them and serves each pod its Workload Identity instead.",
	Remediation: "Serve pods the GKE metadata server:\n\n" +
		"    node_config {\n      workload_metadata_config {\n        mode = \"GKE_METADATA\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
		registry + "#workload_metadata_config",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			for _, w := range n.config.Blocks("workload_metadata_config") {
				a := w.Attr("mode")
				if s, ok := a.StringOr(""); ok && s == "GCE_METADATA" {
					p.Reportf(a, "%s exposes the Compute Engine metadata server to pods (mode GCE_METADATA)", n.what)
				}
				// hashicorp/google(-beta) v3 named it node_metadata.
				a = w.Attr("node_metadata")
				if s, ok := a.StringOr(""); ok && s == "EXPOSE" {
					p.Reportf(a, "%s exposes the Compute Engine metadata server to pods (node_metadata EXPOSE)", n.what)
				}
			}
		}
	},
}
