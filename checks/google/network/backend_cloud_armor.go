package network

import "github.com/tenantlint/tenantlint/lint"

// BackendCloudArmor flags backend services of external Application Load
// Balancers without a Cloud Armor policy: neither security_policy nor
// edge_security_policy. Defaults are those of externalHTTP; backend services
// of internal or passthrough load balancers are left out, as are unknown
// schemes and protocols.
var BackendCloudArmor = &lint.Check{
	ID:       "google-network-backend-cloud-armor",
	Title:    "Internet-facing backend service has no Cloud Armor policy",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "Cloud Armor filters requests at Google's edge before they reach the backends: it blocks known " +
		"attack patterns, abusive sources and floods of requests. An internet-facing backend without a policy takes " +
		"every request the load balancer accepts, so only the application stands between it and the internet.",
	Remediation: "Attach a Cloud Armor security policy:\n\n" +
		"    resource \"google_compute_backend_service\" \"web\" {\n      name            = \"web\"\n" +
		"      security_policy = google_compute_security_policy.edge.id\n      # ...\n    }",
	Links: []string{
		"https://cloud.google.com/armor/docs/security-policy-overview",
		registry(backendType, "security_policy"),
		registry(regionBackendType, "security_policy"),
	},
	Resources: backendTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !externalHTTP(r) || !r.Attr("security_policy").Null() || !r.Attr("edge_security_policy").Null() {
				continue
			}
			p.Reportf(r, "backend service %s serves an external load balancer without a Cloud Armor security_policy", r.Address)
		}
	},
}
