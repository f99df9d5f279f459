package functions

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// VPCEgressAllTraffic flags functions with a Serverless VPC Access
// connector that send only private-range traffic through it. Default relied
// on (hashicorp/google v4-v6, both generations): vpc_connector_egress_settings
// defaults to PRIVATE_RANGES_ONLY. Functions without a connector are not
// read (their egress cannot go through the VPC at all, which this check does
// not judge). Unknown values are not reported.
var VPCEgressAllTraffic = &lint.Check{
	ID:       "google-functions-vpc-egress-all-traffic",
	Title:    "Cloud Function sends internet traffic around its VPC connector",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With PRIVATE_RANGES_ONLY only traffic to private addresses goes through the VPC connector; calls " +
		"to the internet leave directly from Google's network, past the VPC's firewall rules, Cloud NAT addresses " +
		"and VPC Service Controls. ALL_TRAFFIC makes the function's egress obey the network it is attached to.",
	Remediation: "Route all egress through the connector:\n\n" +
		"    # google_cloudfunctions_function\n    vpc_connector                 = google_vpc_access_connector.c.id\n" +
		"    vpc_connector_egress_settings = \"ALL_TRAFFIC\"\n\n" +
		"    # google_cloudfunctions2_function\n    service_config {\n      vpc_connector                 = google_vpc_access_connector.c.id\n" +
		"      vpc_connector_egress_settings = \"ALL_TRAFFIC\"\n    }",
	Links: []string{
		"https://cloud.google.com/functions/docs/networking/network-settings#route-egress-to-vpc",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#vpc_connector_egress_settings",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#vpc_connector_egress_settings",
	},
	Resources: []string{v1Function, v2Function},
	Run: both(
		rule.OneOf("vpc_connector_egress_settings", []string{"ALL_TRAFFIC"}, egressDefault,
			"Cloud Function {address} has vpc_connector_egress_settings {value}: internet traffic bypasses its VPC",
			rule.Unset("Cloud Function {address} sets no vpc_connector_egress_settings: only private-range traffic uses its connector (PRIVATE_RANGES_ONLY)"),
			rule.Skip(not(v1Function, hasConnector))),
		rule.OneOf("service_config.vpc_connector_egress_settings", []string{"ALL_TRAFFIC"}, egressDefault,
			"Cloud Function {address} has vpc_connector_egress_settings {value}: internet traffic bypasses its VPC",
			rule.Unset("Cloud Function {address} sets no vpc_connector_egress_settings: only private-range traffic uses its connector (PRIVATE_RANGES_ONLY)"),
			rule.Skip(not(v2Function, hasConnector))),
	),
}

// egressDefault is vpc_connector_egress_settings when absent, in both
// generations.
var egressDefault = rule.Default("PRIVATE_RANGES_ONLY").For("hashicorp/google v4-v6")
