package gke

import "github.com/tenantlint/tenantlint/lint"

// EnableWorkloadIdentity flags Standard clusters without Workload Identity.
// Default relied on: without a workload_identity_config block (or with
// workload_pool null or empty) Workload Identity is off (hashicorp/google
// and google-beta v4-v6). Autopilot clusters always have it.
var EnableWorkloadIdentity = &lint.Check{
	ID:       "google-gke-enable-workload-identity",
	Title:    "GKE cluster does not enable Workload Identity",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without Workload Identity every pod that needs Google APIs uses the node's service account, " +
		"so all workloads on a node share one identity and can read the node's credentials from the metadata " +
		"server. Workload Identity gives each Kubernetes service account its own Google identity.",
	Remediation: "Enable Workload Identity for the project's pool:\n\n" +
		"    workload_identity_config {\n      workload_pool = \"${var.project_id}.svc.id.goog\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
		registry + "#workload_identity_config",
	},
	Resources: []string{clusterType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !standard(r) {
				continue
			}
			blocks := r.Blocks("workload_identity_config")
			if len(blocks) == 0 {
				p.Reportf(r, "GKE cluster %s has no workload_identity_config: pods use the nodes' service account", r.Address)
				continue
			}
			for _, b := range blocks {
				a := b.Attr("workload_pool")
				if s, ok := a.StringOr(""); ok && s == "" {
					p.Reportf(a, "GKE cluster %s sets no workload_pool: Workload Identity is off", r.Address)
				}
			}
		}
	},
}
