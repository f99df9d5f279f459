package functions

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// allowedIngress keeps a function off the open internet: internal traffic
// only, or internal traffic and a Google Cloud load balancer.
var allowedIngress = []string{"ALLOW_INTERNAL_ONLY", "ALLOW_INTERNAL_AND_GCLB"}

// RestrictIngress flags HTTP functions that accept requests from anywhere.
// Default relied on (hashicorp/google v4-v6, both generations):
// ingress_settings defaults to ALLOW_ALL. Event-triggered functions
// (first generation without trigger_http, second generation with
// event_trigger) are left out: events do not arrive through ingress. Unknown
// values are not reported.
var RestrictIngress = &lint.Check{
	ID:       "google-functions-restrict-ingress",
	Title:    "Cloud Function accepts HTTP traffic from the internet directly",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With ingress ALLOW_ALL the function's URL takes requests from anywhere, bypassing any load " +
		"balancer, Cloud Armor policy or Identity-Aware Proxy in front of it. Restricting ingress to internal " +
		"traffic, or to internal traffic and a Google Cloud load balancer, leaves those controls as the only way in.",
	Remediation: "Accept only internal traffic and traffic through a load balancer:\n\n" +
		"    # google_cloudfunctions_function\n    ingress_settings = \"ALLOW_INTERNAL_AND_GCLB\"\n\n" +
		"    # google_cloudfunctions2_function\n    service_config {\n      ingress_settings = \"ALLOW_INTERNAL_AND_GCLB\"\n    }",
	Links: []string{
		"https://cloud.google.com/functions/docs/networking/network-settings#ingress_settings",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#ingress_settings",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#ingress_settings",
	},
	Resources: []string{v1Function, v2Function},
	Run: both(
		rule.OneOf("ingress_settings", allowedIngress, rule.Default("ALLOW_ALL").For("hashicorp/google v4-v6"),
			"Cloud Function {address} has ingress_settings {value}: it accepts traffic from anywhere",
			rule.Unset("Cloud Function {address} sets no ingress_settings: it accepts traffic from anywhere (ALLOW_ALL)"),
			rule.Skip(not(v1Function, httpTriggered))),
		rule.OneOf("service_config.ingress_settings", allowedIngress, rule.Default("ALLOW_ALL").For("hashicorp/google v4-v6"),
			"Cloud Function {address} has ingress_settings {value}: it accepts traffic from anywhere",
			rule.Unset("Cloud Function {address} sets no ingress_settings: it accepts traffic from anywhere (ALLOW_ALL)"),
			rule.NoBlock("Cloud Function {address} has no service_config: it accepts traffic from anywhere (ALLOW_ALL)"),
			rule.Skip(not(v2Function, httpTriggered))),
	),
}
