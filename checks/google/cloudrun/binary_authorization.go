package cloudrun

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// BinaryAuthorization flags services and jobs that deploy images without a
// Binary Authorization policy: a v2 binary_authorization block with
// use_default = true or a policy, or the v1 annotation
// run.googleapis.com/binary-authorization ("default" or a policy name).
// Default relied on (hashicorp/google v4-v6): without them no policy is
// enforced. A block with breakglass_justification is still enforced (the
// breakglass is logged). Unknown values are not reported.
var BinaryAuthorization = &lint.Check{
	ID:       "google-cloudrun-binary-authorization",
	Title:    "Cloud Run does not enforce Binary Authorization",
	Severity: lint.Low,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "Without Binary Authorization, Cloud Run deploys whatever image a deployer names, from any " +
		"registry and without any attestation of how it was built. A policy lets only images that your build " +
		"system signed, or that come from trusted repositories, run.",
	Remediation: "Enforce the project's Binary Authorization policy:\n\n" +
		"    # google_cloud_run_v2_service, google_cloud_run_v2_job\n    binary_authorization {\n      use_default = true\n    }\n\n" +
		"    # google_cloud_run_service\n    metadata {\n      annotations = {\n" +
		"        \"run.googleapis.com/binary-authorization\" = \"default\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/binary-authorization/docs/run/enabling-binauthz-cloud-run",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#binary_authorization",
	},
	Resources: []string{v1Service, v2Service, v2Job},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == v1Service {
				a, holder := annotation(r, "run.googleapis.com/binary-authorization")
				s, ok := a.StringOr("")
				switch {
				case !ok:
				case a.Null():
					p.Reportf(holder, "Cloud Run service %s has no run.googleapis.com/binary-authorization annotation: any image may be deployed", r.Address)
				case strings.TrimSpace(s) == "":
					p.Reportf(a, "Cloud Run service %s has an empty Binary Authorization annotation: any image may be deployed", r.Address)
				}
				continue
			}
			ba := r.Block("binary_authorization")
			if !ba.Exists() {
				p.Reportf(r, "Cloud Run %s has no binary_authorization block: any image may be deployed", r.Address)
				continue
			}
			use, policy := ba.Attr("use_default"), ba.Attr("policy")
			on, ok := use.BoolOr(false)
			name, named := policy.StringOr("")
			if !ok || on || !named || name != "" {
				continue
			}
			p.Reportf(ba, "Cloud Run %s neither uses the default Binary Authorization policy nor names one: any image may be deployed", r.Address)
		}
	},
}
