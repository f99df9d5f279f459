package cloudrun

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// v1Ingress are the ingress annotation values that keep a service off the
// open internet: internal traffic only, or internal traffic and a Google
// Cloud load balancer (where Cloud Armor and IAP can sit). v2Ingress holds
// their v2 names.
var v1Ingress = []string{"internal", "internal-and-cloud-load-balancing"}

// RestrictIngress flags services that accept requests from anywhere.
// Defaults relied on (hashicorp/google v4-v6): a v1 service without the
// run.googleapis.com/ingress annotation, and a v2 service without ingress,
// accept all traffic ("all", INGRESS_TRAFFIC_ALL). Unknown values are not
// reported.
var RestrictIngress = &lint.Check{
	ID:       "google-cloudrun-restrict-ingress",
	Title:    "Cloud Run service accepts traffic from the internet directly",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With ingress open to all, the service's run.app URL takes requests from anywhere, bypassing any " +
		"load balancer, Cloud Armor policy or Identity-Aware Proxy placed in front of it. Restricting ingress to " +
		"internal traffic, or to internal traffic and a Google Cloud load balancer, makes those controls the only way in.",
	Remediation: "Accept only internal traffic and traffic through a load balancer:\n\n" +
		"    # google_cloud_run_v2_service\n    ingress = \"INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER\"\n\n" +
		"    # google_cloud_run_service\n    metadata {\n      annotations = {\n" +
		"        \"run.googleapis.com/ingress\" = \"internal-and-cloud-load-balancing\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/run/docs/securing/ingress",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#ingress",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_service#metadata",
	},
	Resources: []string{v1Service, v2Service},
	Run: func(p *lint.Pass) {
		v2Ingress(p)
		for _, r := range p.Module.Resources(v1Service) {
			a, holder := annotation(r, "run.googleapis.com/ingress")
			s, ok := a.StringOr("all")
			switch {
			case !ok || slices.Contains(v1Ingress, s):
			case a.Null():
				p.Reportf(holder, "Cloud Run service %s sets no run.googleapis.com/ingress annotation: it accepts traffic from anywhere (all)", r.Address)
			default:
				p.Reportf(a, "Cloud Run service %s has ingress %s: it accepts traffic from anywhere", r.Address, a.Display())
			}
		}
	},
}

// v2Ingress judges the ingress argument of v2 services.
var v2Ingress = rule.OneOf("ingress", []string{"INGRESS_TRAFFIC_INTERNAL_ONLY", "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"},
	rule.Default("INGRESS_TRAFFIC_ALL").For("hashicorp/google v4-v6"),
	"Cloud Run service {address} has ingress {value}: it accepts traffic from anywhere",
	rule.Unset("Cloud Run service {address} sets no ingress: it accepts traffic from anywhere (INGRESS_TRAFFIC_ALL)"),
	rule.Skip(func(r *lint.Resource) bool { return r.Type != v2Service }))
