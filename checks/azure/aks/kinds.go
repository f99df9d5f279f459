// Package aks holds the checks for Azure Kubernetes Service clusters and
// their node pools, in both forms (azurerm and AzAPI, see checks/azure/arm).
//
// azurerm v4 renamed several AKS arguments; the checks read both names
// (host_encryption_enabled in v4, enable_host_encryption in v3) through
// arm.First, and where a default changed between majors they judge an
// absent argument only when the configuration pins the major.
package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// The kinds the checks read.
var (
	// Cluster is a managed cluster.
	Cluster = arm.Kind{AzureRM: []string{"azurerm_kubernetes_cluster"}, ARM: "Microsoft.ContainerService/managedClusters"}
	// NodePool is an extra node pool of a cluster.
	NodePool = arm.Kind{AzureRM: []string{"azurerm_kubernetes_cluster_node_pool"}, ARM: "Microsoft.ContainerService/managedClusters/agentPools"}
)

const (
	docCluster  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster"
	docNodePool = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool"
	docARM      = "https://learn.microsoft.com/azure/templates/microsoft.containerservice/managedclusters"
	docPoolARM  = "https://learn.microsoft.com/azure/templates/microsoft.containerservice/managedclusters/agentpools"
)

// clusters is the Run of a check that judges each cluster view not patched
// at prop by judge.
func clusters(prop string, judge func(p *lint.Pass, v arm.View)) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range Cluster.Views(p) {
			if prop != "" && Cluster.Patched(p.Module, v, prop) {
				continue
			}
			judge(p, v)
		}
	}
}

// addon reads the enabled flag of an ARM add-on profile
// (properties.addonProfiles.<name>.enabled).
func addon(v arm.View, name string) lint.Attr {
	return v.Attr("", "properties.addonProfiles."+name+".enabled")
}
