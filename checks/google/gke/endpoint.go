package gke

import "github.com/tenantlint/tenantlint/lint"

// publicEndpoint says whether the control plane may have a public endpoint:
// false when private_cluster_config.enable_private_endpoint is true or
// control_plane_endpoints_config.ip_endpoints_config.enabled is false, or
// when either is unknown (then nothing is known). Defaults relied on:
// enable_private_endpoint false, ip_endpoints_config.enabled true
// (hashicorp/google v5-v6; the second block is not in v4).
func publicEndpoint(r *lint.Resource) bool {
	priv, ok := r.Block("private_cluster_config").Attr("enable_private_endpoint").BoolOr(false)
	if !ok || priv {
		return false
	}
	for _, ep := range r.Block("control_plane_endpoints_config").Blocks("ip_endpoints_config") {
		on, ok := ep.Attr("enabled").BoolOr(true)
		if !ok || !on {
			return false
		}
	}
	return true
}

// eachAuthorizedNetworks calls fn with every master_authorized_networks_config
// block of the pass's clusters that may have a public endpoint.
func eachAuthorizedNetworks(p *lint.Pass, fn func(r *lint.Resource, man *lint.Block)) {
	for _, r := range p.Resources() {
		if !publicEndpoint(r) {
			continue
		}
		for _, man := range r.Blocks("master_authorized_networks_config") {
			fn(r, man)
		}
	}
}
