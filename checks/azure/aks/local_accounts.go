package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LocalAccounts flags clusters that keep their local accounts. It reads
// local_account_disabled, default false in azurerm v3 and v4, and
// properties.disableLocalAccounts of Microsoft.ContainerService/managedClusters,
// false when absent (every API version).
var LocalAccounts = &lint.Check{
	ID:       "azure-aks-local-accounts-disabled",
	Title:    "AKS cluster keeps its local admin account",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A cluster with local accounts hands out a static cluster-admin kubeconfig to anyone who may list " +
		"the cluster's credentials. That credential bypasses Entra ID, conditional access and auditing of who did " +
		"what, and it keeps working after the person who fetched it has left.",
	Remediation: "Disable local accounts (this needs Entra ID integration):\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      local_account_disabled = true\n" +
		"      azure_active_directory_role_based_access_control {\n        azure_rbac_enabled = true\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { disableLocalAccounts = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad",
		docCluster + "#local_account_disabled",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: arm.Bool(Cluster, "local_account_disabled", "properties.disableLocalAccounts", true,
		arm.Default{RM: false, ARM: false},
		"AKS cluster %[1]s keeps its local accounts (local accounts disabled is %[2]s)"),
}
