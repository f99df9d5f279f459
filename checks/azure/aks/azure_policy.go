package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// AzurePolicy flags clusters without the Azure Policy add-on. It reads
// azure_policy_enabled, default false in azurerm v3 and v4, and
// properties.addonProfiles.azurepolicy.enabled of
// Microsoft.ContainerService/managedClusters, off when absent.
var AzurePolicy = &lint.Check{
	ID:       "azure-aks-azure-policy",
	Title:    "AKS cluster does not run the Azure Policy add-on",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "The Azure Policy add-on enforces admission rules inside the cluster, such as no privileged " +
		"containers, no host networking or only trusted registries, and reports compliance centrally. Without " +
		"it nothing stops a workload from being deployed with settings the organisation forbids.",
	Remediation: "Turn the add-on on:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      azure_policy_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { addonProfiles = { azurepolicy = { enabled = true } } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes",
		docCluster + "#azure_policy_enabled",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: arm.Bool(Cluster, "azure_policy_enabled", "properties.addonProfiles.azurepolicy.enabled", true,
		arm.Default{RM: false, ARM: false},
		"AKS cluster %[1]s does not enable the Azure Policy add-on (%[2]s)"),
}
