package aks

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// policyEngines are the network policy engines AKS offers.
var policyEngines = []string{"azure", "calico", "cilium"}

// NetworkPolicy flags clusters without a network policy engine. It reads
// network_profile.network_policy (no default in azurerm v3 and v4: no
// engine) and properties.networkProfile.networkPolicy of
// Microsoft.ContainerService/managedClusters (absent, or "none": no engine).
// A cluster on the Cilium data plane (network_data_plane in azurerm v4,
// ebpf_data_plane in v3; networkDataplane) enforces policies with Cilium
// whatever the argument says, and one with network_plugin "none" brings its
// own CNI and policy engine: neither is a finding.
var NetworkPolicy = &lint.Check{
	ID:       "azure-aks-network-policy",
	Title:    "AKS cluster has no network policy engine",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Without a network policy engine every pod can reach every other pod and service in the cluster, " +
		"so one compromised workload can probe and attack all the others. Kubernetes NetworkPolicy objects only " +
		"take effect when the cluster runs an engine (Azure, Calico or Cilium), which must be chosen at creation.",
	Remediation: "Choose a network policy engine:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      network_profile {\n        network_plugin = \"azure\"\n" +
		"        network_policy = \"calico\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { networkProfile = { networkPolicy = \"calico\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/use-network-policies",
		docCluster + "#network_policy",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.networkProfile", func(p *lint.Pass, v arm.View) {
		plane := v.Attr("network_profile.network_data_plane|ebpf_data_plane", "properties.networkProfile.networkDataplane")
		if s, ok := plane.StringOr(""); !ok || strings.EqualFold(s, "cilium") {
			return
		}
		plugin := v.Attr("network_profile.network_plugin", "properties.networkProfile.networkPlugin")
		if s, ok := plugin.StringOr(""); !ok || strings.EqualFold(s, "none") {
			return
		}
		a := v.Attr("network_profile.network_policy", "properties.networkProfile.networkPolicy")
		s, ok := a.StringOr("")
		if !ok || slices.ContainsFunc(policyEngines, func(e string) bool { return strings.EqualFold(e, s) }) {
			return
		}
		if a.Null() {
			if v.Patch || v.ARM && arm.Body(v.R).Unknown() {
				return
			}
			p.Reportf(a, "AKS cluster %s runs no network policy engine (no network policy set)", v.R.Address)
			return
		}
		p.Reportf(a, "AKS cluster %s runs no network policy engine (network policy is %s)", v.R.Address, a.Display())
	}),
}
