package gke

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NodeCOSContainerd flags node pools that run an image other than
// Container-Optimized OS with containerd. Default relied on: an absent
// image_type is COS_CONTAINERD (hashicorp/google and google-beta v4-v6).
// The case of the value is not significant to GKE.
var NodeCOSContainerd = &lint.Check{
	ID:       "google-gke-node-cos-containerd",
	Title:    "GKE nodes do not run Container-Optimized OS with containerd",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Container-Optimized OS has a read-only, verified root file system, a minimal package set and " +
		"automatic security updates from Google. General-purpose images carry more software to patch and let a " +
		"container that escapes change the host.",
	Remediation: "Run Container-Optimized OS with containerd:\n\n" +
		"    node_config {\n      image_type = \"COS_CONTAINERD\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/concepts/node-images",
		registry + "#image_type",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			a := n.config.Attr("image_type")
			s, ok := a.StringOr("COS_CONTAINERD")
			if !ok || a.Null() || strings.EqualFold(s, "COS_CONTAINERD") {
				continue
			}
			p.Reportf(a, "%s runs image type %s, not COS_CONTAINERD", n.what, a.Display())
		}
	},
}
