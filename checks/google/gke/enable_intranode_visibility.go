package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableIntranodeVisibility flags clusters without intranode visibility.
// Default relied on: enable_intranode_visibility defaults to false
// (hashicorp/google and google-beta v4-v6). Autopilot clusters may set it
// too, so they are read as well.
var EnableIntranodeVisibility = &lint.Check{
	ID:       "google-gke-enable-intranode-visibility",
	Title:    "GKE cluster does not enable intranode visibility",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Without intranode visibility, traffic between pods on the same node never reaches the VPC, " +
		"so VPC flow logs and firewall rules do not see it. A compromised pod can then talk to its neighbours " +
		"unobserved.",
	Remediation: "Route pod-to-pod traffic through the VPC:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      enable_intranode_visibility = true\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/intranode-visibility",
		registry + "#enable_intranode_visibility",
	},
	Resources: []string{clusterType},
	Run: rule.On("enable_intranode_visibility", rule.Default(false).For("hashicorp/google v4-v6"),
		"GKE cluster {address} does not enable intranode visibility: pod traffic within a node is not logged",
		rule.Unset("GKE cluster {address} does not set enable_intranode_visibility (default false): pod traffic within a node is not logged")),
}
