package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// RBAC flags clusters with Kubernetes RBAC turned off. It reads
// role_based_access_control_enabled, default true in azurerm v3 and v4, and
// properties.enableRBAC of Microsoft.ContainerService/managedClusters, which
// AKS turns on when absent (every API version), so only an explicit false
// is a finding.
var RBAC = &lint.Check{
	ID:       "azure-aks-rbac",
	Title:    "AKS cluster has Kubernetes RBAC disabled",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without Kubernetes role-based access control every authenticated user and service account can do " +
		"anything in the cluster. RBAC is what lets a cluster grant namespaces, workloads and people only the " +
		"permissions they need, and it cannot be turned on later without recreating the cluster.",
	Remediation: "Keep RBAC on:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      role_based_access_control_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { enableRBAC = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac",
		docCluster + "#role_based_access_control_enabled",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: arm.Bool(Cluster, "role_based_access_control_enabled", "properties.enableRBAC", true,
		arm.Default{RM: true, ARM: true},
		"AKS cluster %[1]s has Kubernetes RBAC disabled (%[2]s)"),
}
