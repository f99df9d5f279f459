package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeSecureBoot flags node pools whose nodes boot without Secure Boot.
// Default relied on: node_config.shielded_instance_config.enable_secure_boot
// defaults to false (hashicorp/google and google-beta v4-v6). Autopilot
// nodes always use it.
var NodeSecureBoot = &lint.Check{
	ID:       "google-gke-node-secure-boot",
	Title:    "GKE nodes boot without Secure Boot",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Secure Boot makes a node refuse boot components that are not signed by a trusted key. " +
		"Without it a rootkit or tampered kernel module can persist on the node below the operating system, " +
		"where containers and host tools cannot see it.",
	Remediation: "Turn Secure Boot on for the node pool:\n\n" +
		"    node_config {\n      shielded_instance_config {\n        enable_secure_boot = true\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#secure_boot",
		registry + "#enable_secure_boot",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			sic := n.config.Block("shielded_instance_config")
			a := sic.Attr("enable_secure_boot")
			on, ok := a.BoolOr(false)
			if !ok || on {
				continue
			}
			if a.Null() {
				p.Reportf(sic, "%s does not turn Secure Boot on (enable_secure_boot defaults to false)", n.what)
				continue
			}
			p.Reportf(a, "%s boots without Secure Boot", n.what)
		}
	},
}
