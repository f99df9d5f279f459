package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableShieldedNodes flags Standard clusters that turn shielded nodes off.
// Default relied on: enable_shielded_nodes defaults to true (hashicorp/google
// and google-beta v4-v6; GKE has made shielded nodes the default since
// version 1.18). Autopilot clusters always use shielded nodes.
var EnableShieldedNodes = &lint.Check{
	ID:       "google-gke-enable-shielded-nodes",
	Title:    "GKE cluster turns shielded nodes off",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Shielded GKE nodes give each node a verifiable identity and integrity, so that the control " +
		"plane can tell a real node from an impostor. Without them an attacker who gets a node's bootstrap " +
		"credentials from a pod can register a rogue node and read the secrets scheduled to it.",
	Remediation: "Keep shielded nodes on:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      enable_shielded_nodes = true\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes",
		registry + "#enable_shielded_nodes",
	},
	Resources: []string{clusterType},
	Run: rule.On("enable_shielded_nodes", rule.Default(true).For("hashicorp/google v4-v6"),
		"GKE cluster {address} turns shielded nodes off", rule.Skip(notStandard)),
}
