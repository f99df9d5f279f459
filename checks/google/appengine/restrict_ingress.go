package appengine

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// allowedIngress keeps a service off the open internet.
var allowedIngress = []string{"INGRESS_TRAFFIC_ALLOWED_INTERNAL_ONLY", "INGRESS_TRAFFIC_ALLOWED_INTERNAL_AND_LB"}

// RestrictIngress flags App Engine service network settings that let
// traffic in from anywhere. Default relied on (hashicorp/google v4-v6): an
// absent network_settings.ingress_traffic_allowed is
// INGRESS_TRAFFIC_ALLOWED_UNSPECIFIED, which App Engine treats as all. A
// service without a google_app_engine_service_network_settings resource is
// not judged: its settings may be managed elsewhere. Unknown values are not
// reported.
var RestrictIngress = &lint.Check{
	ID:       "google-appengine-restrict-ingress",
	Title:    "App Engine service accepts traffic from the internet directly",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With ingress open to all, the service's appspot.com URL takes requests from anywhere, bypassing " +
		"any load balancer, Cloud Armor policy or Identity-Aware Proxy in front of it. Restricting ingress to " +
		"internal traffic, or to internal traffic and a Google Cloud load balancer, leaves those as the only way in.",
	Remediation: "Accept only internal traffic and traffic through a load balancer:\n\n" +
		"    network_settings {\n      ingress_traffic_allowed = \"INGRESS_TRAFFIC_ALLOWED_INTERNAL_AND_LB\"\n    }",
	Links: []string{
		"https://cloud.google.com/appengine/docs/standard/application-security#ingress_controls",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/app_engine_service_network_settings",
	},
	Resources: []string{"google_app_engine_service_network_settings"},
	Run: rule.OneOf("network_settings.ingress_traffic_allowed", allowedIngress,
		rule.Default("INGRESS_TRAFFIC_ALLOWED_UNSPECIFIED").For("hashicorp/google v4-v6"),
		"App Engine service settings {address} allow ingress {value}: the service accepts traffic from anywhere",
		rule.Unset("App Engine service settings {address} set no ingress_traffic_allowed: the service accepts traffic from anywhere"),
		rule.NoBlock("App Engine service settings {address} have no network_settings: the service accepts traffic from anywhere")),
}
