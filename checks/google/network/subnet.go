package network

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// subnetType is the subnetwork resource.
const subnetType = "google_compute_subnetwork"

// proxyPurposes are subnet purposes that hold no VMs: proxy-only subnets of
// Envoy-based load balancers, Private Service Connect and Private NAT
// subnets. They take no flow logs and no Private Google Access.
var proxyPurposes = []string{
	"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "INTERNAL_HTTPS_LOAD_BALANCER", "PRIVATE_SERVICE_CONNECT",
	"PRIVATE_NAT",
}

// vmSubnet says whether a subnet is known to be one for VMs: purpose absent
// (PRIVATE by default), PRIVATE or PRIVATE_RFC_1918.
func vmSubnet(r *lint.Resource) bool {
	purpose, ok := r.Attr("purpose").StringOr("PRIVATE")
	return ok && !slices.Contains(proxyPurposes, purpose)
}
