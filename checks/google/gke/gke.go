// Package gke holds the checks for Google Kubernetes Engine: clusters
// (google_container_cluster, with their default and inline node pools) and
// separate node pools (google_container_node_pool). hashicorp/google and
// hashicorp/google-beta share both resource types and the arguments read
// here.
//
// Autopilot clusters (enable_autopilot = true) have their nodes (and node
// pools), Workload Identity, shielded nodes, Dataplane V2, legacy ABAC off,
// system logging and monitoring, and the release channel fixed by Google:
// the checks of those settings leave them out, and a cluster whose
// enable_autopilot is unknown is left out as well. What Autopilot leaves to
// the customer (private nodes, authorised networks, Binary Authorization,
// secrets encryption, intranode visibility) is read for both modes.
package gke

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// The resource types the checks read.
const (
	clusterType = "google_container_cluster"
	poolType    = "google_container_node_pool"
)

// registry is the Terraform registry page of the cluster resource; poolDocs
// of the node pool resource.
const (
	registry = "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster"
	poolDocs = "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool"
)

// standard says whether a cluster is known to be a Standard cluster:
// enable_autopilot is absent or false (default false, hashicorp/google
// v4-v6). An unknown value may be Autopilot: not standard.
func standard(r *lint.Resource) bool {
	on, ok := r.Attr("enable_autopilot").BoolOr(false)
	return ok && !on
}

// nodes is the configuration of one set of nodes: the default node pool of
// a cluster, a node_pool block of a cluster, or a google_container_node_pool.
type nodes struct {
	r *lint.Resource
	// at is the block that holds config (the resource body or the
	// node_pool block), where a missing config is reported.
	at *lint.Block
	// config is the node_config block, or its stand-in.
	config *lint.Block
	// pool is true for a node pool (inline or separate), which has a
	// management block; false for a cluster's default pool.
	pool bool
	// what names the nodes in messages.
	what string
}

// nodeSets lists every set of nodes that the pass's resources declare. A
// cluster that is not known to be Standard has none, and neither has a
// google_container_node_pool linked to such a cluster (by reference, by its
// name, or by its id "projects/P/locations/L/clusters/NAME", through
// names.Resolve); a pool whose cluster the configuration does not hold is
// read on its own. A cluster's own
// node_config describes its default node pool, which exists only when the
// cluster declares no node_pool blocks and remove_default_node_pool is
// known to be false or absent (default false).
func nodeSets(p *lint.Pass) []nodes {
	var out []nodes
	for _, r := range p.Resources() {
		switch r.Type {
		case poolType:
			if c := names.Resolve(p.Module, clusterType, r.Attr("cluster")).Resource; c != nil && !standard(c) {
				continue
			}
			out = append(out, nodes{r: r, at: r.Body, config: r.Block("node_config"), pool: true, what: "node pool " + r.Address})
		case clusterType:
			if !standard(r) {
				continue
			}
			pools := r.Blocks("node_pool")
			rm, rmKnown := r.Attr("remove_default_node_pool").BoolOr(false)
			for _, np := range pools {
				if removed(np, rm, rmKnown) {
					continue
				}
				name := np.Attr("name").Display()
				out = append(out, nodes{r: r, at: np, config: np.Block("node_config"), pool: true,
					what: "node pool " + name + " of cluster " + r.Address})
			}
			if len(pools) > 0 {
				continue
			}
			if !rmKnown || rm {
				continue
			}
			out = append(out, nodes{r: r, at: r.Body, config: r.Block("node_config"), what: "default node pool of cluster " + r.Address})
		}
	}
	return out
}

// removed says whether an inline node pool may be the default pool that
// remove_default_node_pool deletes once the cluster is created: it is
// named "default-pool" (or its name is unknown) and remove_default_node_pool
// is true or unknown.
func removed(np *lint.Block, rm, rmKnown bool) bool {
	if rmKnown && !rm {
		return false
	}
	name, ok := np.Attr("name").StringOr("")
	return !ok || name == "default-pool"
}

// nodeResources are the types node checks declare.
var nodeResources = []string{clusterType, poolType}

// notStandard skips, in the rule shapes, the clusters not known to be
// Standard (see standard).
func notStandard(r *lint.Resource) bool { return !standard(r) }
