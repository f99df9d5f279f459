package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoLegacyABAC flags clusters with legacy attribute-based access control.
// Default relied on: enable_legacy_abac defaults to false (hashicorp/google
// and google-beta v4-v6). Autopilot clusters cannot enable it: they are
// not read.
var NoLegacyABAC = &lint.Check{
	ID:       "google-gke-no-legacy-abac",
	Title:    "GKE cluster enables legacy ABAC authorisation",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Legacy ABAC grants broad, static permissions that Kubernetes RBAC and IAM cannot narrow or audit. " +
		"With it on, service accounts and users may get far more than their RBAC roles say, so a compromised " +
		"workload can reach the whole cluster.",
	Remediation: "Leave legacy ABAC off and grant access with RBAC and IAM:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      enable_legacy_abac = false\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110",
		registry + "#enable_legacy_abac",
	},
	Resources: []string{clusterType},
	Run: rule.Off("enable_legacy_abac", rule.Default(false).For("hashicorp/google v4-v6"),
		"GKE cluster {address} enables legacy ABAC authorisation", rule.Skip(notStandard)),
}
