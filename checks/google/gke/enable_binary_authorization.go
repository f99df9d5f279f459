package gke

import "github.com/tenantlint/tenantlint/lint"

// EnableBinaryAuthorization flags clusters that do not enforce Binary
// Authorization. Defaults relied on: without a binary_authorization block,
// evaluation_mode absent and the deprecated enabled (or, before v5,
// enable_binary_authorization) absent, Binary Authorization is off
// (hashicorp/google and google-beta v4-v6). Autopilot clusters read the same
// way: Google does not turn it on for them. Unknown values are not reported.
var EnableBinaryAuthorization = &lint.Check{
	ID:       "google-gke-enable-binary-authorization",
	Title:    "GKE cluster does not enforce Binary Authorization",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "Binary Authorization admits only container images that a policy allows, such as images " +
		"signed by your build system. Without it anyone who can create a pod can run any image from any " +
		"registry, including one planted by an attacker.",
	Remediation: "Enforce the project's Binary Authorization policy:\n\n" +
		"    binary_authorization {\n      evaluation_mode = \"PROJECT_SINGLETON_POLICY_ENFORCE\"\n    }",
	Links: []string{
		"https://cloud.google.com/binary-authorization/docs/setting-up",
		registry + "#binary_authorization",
	},
	Resources: []string{clusterType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if on, ok := r.Attr("enable_binary_authorization").BoolOr(false); !ok || on {
				continue
			}
			blocks := r.Blocks("binary_authorization")
			if len(blocks) == 0 {
				p.Reportf(r, "GKE cluster %s has no binary_authorization block: any container image may run", r.Address)
				continue
			}
			b := blocks[0]
			mode := b.Attr("evaluation_mode")
			m, ok := mode.StringOr("")
			if !ok || (m != "" && m != "DISABLED") {
				continue
			}
			legacy := b.Attr("enabled")
			on, ok := legacy.BoolOr(false)
			if !ok || (on && m == "") {
				continue
			}
			at := mode
			if mode.Null() {
				at = legacy
			}
			p.Reportf(at, "GKE cluster %s does not enforce Binary Authorization: any container image may run", r.Address)
		}
	},
}
