package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeAutoRepair flags node pools that turn auto-repair off. Default relied
// on: management.auto_repair is enabled by default, for
// google_container_node_pool and a cluster's node_pool blocks alike
// (hashicorp/google and google-beta v5-v6; and a cluster's default pool is
// created with it by GKE). Only an explicit false is reported.
var NodeAutoRepair = &lint.Check{
	ID:       "google-gke-node-auto-repair",
	Title:    "GKE node pool turns auto-repair off",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Auto-repair recreates nodes that fail health checks. Without it an unhealthy node stays in " +
		"the pool, its workloads are squeezed onto the others, and a node left broken by a failed update keeps " +
		"its stale state.",
	Remediation: "Keep auto-repair on:\n\n" +
		"    management {\n      auto_repair  = true\n      auto_upgrade = true\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair",
		poolDocs + "#auto_repair",
	},
	Resources: nodeResources,
	Run:       func(p *lint.Pass) { managementOff(p, "auto_repair", "auto-repair") },
}

// managementOff reports node pools whose management block sets attr to
// false.
func managementOff(p *lint.Pass, attr, what string) {
	for _, n := range nodeSets(p) {
		if !n.pool {
			continue
		}
		for _, m := range n.at.Blocks("management") {
			a := m.Attr(attr)
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "%s turns %s off", n.what, what)
			}
		}
	}
}
