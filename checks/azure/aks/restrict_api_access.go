package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// RestrictAPIAccess flags clusters whose API server is reachable from the
// whole internet: neither private (private_cluster_enabled, default false in
// azurerm v3 and v4; properties.apiServerAccessProfile.enablePrivateCluster,
// false when absent) nor limited to authorised IP ranges
// (api_server_access_profile.authorized_ip_ranges in azurerm v4 and late v3,
// api_server_authorized_ip_ranges in v3; apiServerAccessProfile.authorizedIPRanges),
// or limited to ranges that include the whole internet.
var RestrictAPIAccess = &lint.Check{
	ID:       "azure-aks-restrict-api-access",
	Title:    "AKS API server is reachable from any network",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "The Kubernetes API server of a public cluster accepts connections from every address on the " +
		"internet, so a leaked kubeconfig or token, or a flaw in the API server, can be exploited from anywhere. " +
		"A private cluster, or authorised IP ranges that admit only known networks, removes that exposure.",
	Remediation: "Make the cluster private, or admit only known networks:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      api_server_access_profile {\n" +
		"        authorized_ip_ranges = [\"203.0.113.0/24\"]\n      }\n    }\n\n" +
		"or private_cluster_enabled = true. In an azapi_resource body: properties = { apiServerAccessProfile = " +
		"{ enablePrivateCluster = true } } or authorizedIPRanges = [...].",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
		"https://learn.microsoft.com/azure/aks/private-clusters",
		docCluster + "#api_server_access_profile",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.apiServerAccessProfile", func(p *lint.Pass, v arm.View) {
		private := v.Attr("private_cluster_enabled", "properties.apiServerAccessProfile.enablePrivateCluster")
		if on, ok := private.BoolOr(false); !ok || on {
			return
		}
		ranges := v.Attr("api_server_access_profile.authorized_ip_ranges", "properties.apiServerAccessProfile.authorizedIPRanges")
		if !v.ARM && ranges.Null() {
			ranges = v.Attr("api_server_authorized_ip_ranges", "")
		}
		if ranges.Unknown() {
			return
		}
		if cidr, ok := netrange.FirstPublic(ranges); ok {
			p.Reportf(ranges, "AKS cluster %s admits the whole internet to its API server (authorised range %s)", v.R.Address, cidr)
			return
		}
		if len(ranges.Elements()) > 0 || v.Patch {
			return
		}
		if private.Set {
			p.Reportf(private, "AKS cluster %s is public and names no authorised IP ranges for its API server", v.R.Address)
			return
		}
		p.Reportf(ranges, "AKS cluster %s exposes its API server to any network: not private and no authorised IP ranges", v.R.Address)
	}),
}
