package dataproc

import (
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicIP flags clusters whose VMs get external IP addresses:
// cluster_config.gce_cluster_config.internal_ip_only set to false, or absent
// on an image older than 2.2. Defaults relied on: the Dataproc API gives
// cluster VMs internal addresses only by default from image 2.2 on, and
// external ones on older images. What an absent argument means also depends
// on the provider release: hashicorp/google v4 and early v5-v6 releases omit
// it and leave the choice to the API (so to the image), while releases since
// late 2024 (v6) send their own default, false, which gives external
// addresses on every image. The version that decides is a minor release,
// which a constraint on majors cannot settle, so an absent internal_ip_only
// is only reported where every release gives external addresses: an image
// version known to be older than 2.2. Unknown values are not reported.
var NoPublicIP = &lint.Check{
	ID:       "google-dataproc-no-public-ip",
	Title:    "Dataproc cluster VMs have external IP addresses",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With external addresses every master and worker VM of the cluster is reachable from the " +
		"internet wherever a firewall rule allows it, and Hadoop and Spark web interfaces have a long history of " +
		"unauthenticated exposure. Internal addresses with Private Google Access keep the cluster off the internet.",
	Remediation: "Give the cluster internal addresses only (its subnetwork needs Private Google Access):\n\n" +
		"    cluster_config {\n      gce_cluster_config {\n        subnetwork       = google_compute_subnetwork.dataproc.id\n" +
		"        internal_ip_only = true\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/network#create_a_dataproc_cluster_with_internal_ip_address_only",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_cluster#internal_ip_only",
	},
	Resources: []string{"google_dataproc_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			cc := r.Block("cluster_config")
			gce := cc.Block("gce_cluster_config")
			internal := gce.Attr("internal_ip_only")
			if !internal.Null() {
				if on, ok := internal.BoolOr(true); ok && !on {
					p.Reportf(internal, "Dataproc cluster %s sets internal_ip_only = false: its VMs get external IP addresses", r.Address)
				}
				continue
			}
			image := cc.Block("software_config").Attr("image_version")
			v, ok := image.StringOr("")
			if !ok || image.Null() || !before22(v) {
				continue
			}
			p.Reportf(image, "Dataproc cluster %s uses image %s without internal_ip_only: images before 2.2 give its VMs external IP addresses", r.Address, v)
		}
	},
}

// before22 says whether an image version ("2.1", "2.1.45-debian11", "1.5")
// is older than 2.2. A version it cannot read ("preview") is not.
func before22(v string) bool {
	parts := strings.SplitN(v, ".", 3)
	if len(parts) < 2 {
		return false
	}
	major, err := strconv.Atoi(parts[0])
	if err != nil {
		return false
	}
	minorText, _, _ := strings.Cut(parts[1], "-")
	minor, err := strconv.Atoi(minorText)
	if err != nil {
		return false
	}
	return major < 2 || major == 2 && minor < 2
}
