package dns

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableDNSSEC flags public managed zones that are not signed. Defaults
// relied on (hashicorp/google v4-v6): visibility defaults to "public", and
// without dnssec_config (or its state) DNSSEC is "off". A zone in state
// "transfer" (signed while moving to another operator) is not reported.
// Private zones are not read. Unknown values are not reported.
var EnableDNSSEC = &lint.Check{
	ID:       "google-dns-enable-dnssec",
	Title:    "Public Cloud DNS zone is not signed with DNSSEC",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.SaaS,
	Description: "Without DNSSEC, resolvers cannot tell a genuine answer for the zone from a forged one, so cache " +
		"poisoning or an on-path attacker can send the zone's users to other addresses. Signing the zone and " +
		"publishing its DS record at the registrar lets validating resolvers reject forged answers.",
	Remediation: "Sign the zone (then publish its DS record with the registrar):\n\n" +
		"    dnssec_config {\n      state = \"on\"\n    }",
	Links: []string{
		"https://cloud.google.com/dns/docs/dnssec-config",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#dnssec_config",
	},
	Resources: []string{zoneType},
	Run: rule.OneOf("dnssec_config.state", []string{"on", "transfer"}, rule.Default("off").For("hashicorp/google v4-v6"),
		"Public Cloud DNS zone {address} has DNSSEC state {value}",
		rule.Unset("Public Cloud DNS zone {address} sets no DNSSEC state: DNSSEC is off"),
		rule.NoBlock("Public Cloud DNS zone {address} has no dnssec_config: DNSSEC is off"),
		rule.Skip(func(r *lint.Resource) bool {
			yes, ok := public(r)
			return !ok || !yes
		})),
}
