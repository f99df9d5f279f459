package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnablePrivateNodes flags clusters whose nodes get public IP addresses.
// Default relied on: without a private_cluster_config block, or with
// enable_private_nodes absent, nodes have external addresses (false,
// hashicorp/google and google-beta v4-v6). Autopilot clusters are public
// unless configured too, so they are read as well.
var EnablePrivateNodes = &lint.Check{
	ID:       "google-gke-enable-private-nodes",
	Title:    "GKE cluster nodes have public IP addresses",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Nodes with external IP addresses can be reached from the internet wherever a firewall rule " +
		"or a NodePort service allows it, and every kubelet and host service is one rule away from exposure. " +
		"Private nodes have internal addresses only and reach the internet through Cloud NAT.",
	Remediation: "Give the nodes internal addresses only:\n\n" +
		"    private_cluster_config {\n      enable_private_nodes    = true\n      enable_private_endpoint = false\n" +
		"      master_ipv4_cidr_block  = \"172.16.0.0/28\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
		registry + "#enable_private_nodes",
	},
	Resources: []string{clusterType},
	Run: rule.On("private_cluster_config.enable_private_nodes", rule.Default(false).For("hashicorp/google v4-v6"),
		"GKE cluster {address} does not make its nodes private: they get public IP addresses",
		rule.NoBlock("GKE cluster {address} has no private_cluster_config: its nodes get public IP addresses"),
		rule.Unset("GKE cluster {address} does not set private_cluster_config.enable_private_nodes (default false): its nodes get public IP addresses")),
}
