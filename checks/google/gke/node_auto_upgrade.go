package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeAutoUpgrade flags node pools that turn auto-upgrade off. Default
// relied on: management.auto_upgrade is enabled by default
// (hashicorp/google and google-beta v5-v6), so only an explicit false is
// reported.
var NodeAutoUpgrade = &lint.Check{
	ID:       "google-gke-node-auto-upgrade",
	Title:    "GKE node pool turns auto-upgrade off",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Auto-upgrade keeps the nodes' Kubernetes and operating system versions in step with the " +
		"control plane and brings in security patches. A pool without it stays on old kubelets and kernels with " +
		"known vulnerabilities until someone upgrades it by hand.",
	Remediation: "Keep auto-upgrade on:\n\n" +
		"    management {\n      auto_repair  = true\n      auto_upgrade = true\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades",
		poolDocs + "#auto_upgrade",
	},
	Resources: nodeResources,
	Run:       func(p *lint.Pass) { managementOff(p, "auto_upgrade", "auto-upgrade") },
}
