package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoKubernetesAlpha flags alpha clusters. Default relied on:
// enable_kubernetes_alpha defaults to false (hashicorp/google and
// google-beta v4-v6).
var NoKubernetesAlpha = &lint.Check{
	ID:       "google-gke-no-kubernetes-alpha",
	Title:    "GKE cluster enables Kubernetes alpha features",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Alpha clusters run Kubernetes features that are not production-ready, get no security " +
		"support and cannot be upgraded: they are deleted after 30 days. Alpha features have not had the review " +
		"that stable ones get and may open holes in isolation.",
	Remediation: "Use stable features only:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      enable_kubernetes_alpha = false\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/concepts/alpha-clusters",
		registry + "#enable_kubernetes_alpha",
	},
	Resources: []string{clusterType},
	Run: rule.Off("enable_kubernetes_alpha", rule.Default(false).For("hashicorp/google v4-v6"),
		"GKE cluster {address} enables Kubernetes alpha features"),
}
