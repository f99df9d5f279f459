package dns

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// PolicyEnableLogging flags DNS server policies that do not log queries.
// Default relied on (hashicorp/google v4-v6): enable_logging defaults to
// false. Networks without any DNS policy are not judged (a policy may be
// attached outside the configuration). Unknown values are not reported.
var PolicyEnableLogging = &lint.Check{
	ID:       "google-dns-policy-enable-logging",
	Title:    "Cloud DNS server policy does not log queries",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "DNS queries from VMs show which domains workloads resolve: command-and-control lookups, " +
		"exfiltration over DNS and typosquatted dependencies all appear there first. Without query logging on the " +
		"networks' DNS policy, Cloud DNS keeps no record of them.",
	Remediation: "Log the queries of the networks the policy applies to:\n\n" +
		"    resource \"google_dns_policy\" \"logging\" {\n      name           = \"logging\"\n      enable_logging = true\n" +
		"      networks {\n        network_url = google_compute_network.main.id\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/dns/docs/monitoring",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_policy#enable_logging",
	},
	Resources: []string{"google_dns_policy"},
	Run: rule.On("enable_logging", rule.Default(false).For("hashicorp/google v4-v6"),
		"Cloud DNS policy {address} has enable_logging = {value}: DNS queries are not logged"),
}
