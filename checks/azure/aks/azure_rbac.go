package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"strconv"
)

// AzureRBAC flags clusters integrated with Entra ID that do not authorise
// through Azure RBAC. It reads
// azure_active_directory_role_based_access_control.azure_rbac_enabled,
// default false in azurerm v3 and v4, and
// properties.aadProfile.enableAzureRBAC of
// Microsoft.ContainerService/managedClusters, false when absent. A cluster
// without the integration is left to azure-aks-entra-id-integration.
var AzureRBAC = &lint.Check{
	ID:       "azure-aks-azure-rbac",
	Title:    "AKS cluster does not use Azure RBAC for Kubernetes authorisation",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "With Azure RBAC for Kubernetes, access to the cluster's API is granted with Azure role assignments, " +
		"managed, reviewed and audited in one place with the rest of the subscription. Without it every cluster " +
		"keeps its own role bindings to Entra identities, which drift and escape access reviews.",
	Remediation: "Authorise through Azure RBAC:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      azure_active_directory_role_based_access_control {\n" +
		"        azure_rbac_enabled = true\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { aadProfile = { enableAzureRBAC = true } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/manage-azure-rbac",
		docCluster + "#azure_rbac_enabled",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.aadProfile.enableAzureRBAC", func(p *lint.Pass, v arm.View) {
		var a lint.Attr
		if v.ARM {
			aad := v.Attr("", "properties.aadProfile")
			if aad.Null() {
				return
			}
			a = arm.Field(aad, "enableAzureRBAC")
			if v.Patch && a.Null() {
				return
			}
		} else {
			b := v.R.Block("azure_active_directory_role_based_access_control")
			if !b.Exists() {
				return
			}
			a = b.Attr("azure_rbac_enabled")
			if a.Null() {
				a.Range = b.DefRange
			}
		}
		if on, ok := a.BoolOr(false); ok && !on {
			p.Reportf(a, "AKS cluster %s does not authorise through Azure RBAC (azure RBAC enabled is %s)", v.R.Address, strconv.FormatBool(on))
		}
	}),
}
