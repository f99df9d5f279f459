package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeIntegrityMonitoring flags node pools that turn integrity monitoring
// off. Default relied on:
// node_config.shielded_instance_config.enable_integrity_monitoring defaults
// to true (hashicorp/google and google-beta v4-v6).
var NodeIntegrityMonitoring = &lint.Check{
	ID:       "google-gke-node-integrity-monitoring",
	Title:    "GKE nodes turn integrity monitoring off",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Integrity monitoring compares each node's boot measurements with a known-good baseline and " +
		"logs when they differ. Without it a node whose boot chain was tampered with keeps running and nothing " +
		"says so.",
	Remediation: "Keep integrity monitoring on:\n\n" +
		"    node_config {\n      shielded_instance_config {\n        enable_integrity_monitoring = true\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#integrity_monitoring",
		registry + "#enable_integrity_monitoring",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			a := n.config.Block("shielded_instance_config").Attr("enable_integrity_monitoring")
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "%s turns integrity monitoring off", n.what)
			}
		}
	},
}
