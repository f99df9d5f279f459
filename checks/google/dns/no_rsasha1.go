package dns

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoRSASHA1 flags DNSSEC key specs of a managed zone that use RSASHA1, for
// the key-signing or the zone-signing key. Default relied on
// (hashicorp/google v4-v6): without default_key_specs Cloud DNS picks
// RSASHA256 keys, which are fine. Zones whose DNSSEC state is known to be
// off are not read (their keys sign nothing). Unknown values are not
// reported.
var NoRSASHA1 = &lint.Check{
	ID:       "google-dns-no-rsasha1",
	Title:    "Cloud DNS zone signs with RSASHA1",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.SaaS,
	Description: "RSASHA1 relies on SHA-1, for which practical chosen-prefix collisions exist, and validating " +
		"resolvers are dropping it. A zone signed only with it may have forgeable signatures, or be treated as " +
		"unsigned. RSASHA256, RSASHA512 or ECDSAP256SHA256 should be used for both keys.",
	Remediation: "Sign with a SHA-2 algorithm:\n\n" +
		"    dnssec_config {\n      state = \"on\"\n      default_key_specs {\n        algorithm  = \"rsasha256\"\n" +
		"        key_length = 2048\n        key_type   = \"keySigning\"\n      }\n      default_key_specs {\n" +
		"        algorithm  = \"rsasha256\"\n        key_length = 1024\n        key_type   = \"zoneSigning\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/dns/docs/dnssec-advanced#algorithms",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#default_key_specs",
	},
	Resources: []string{zoneType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			cfg := r.Block("dnssec_config")
			if s, ok := cfg.Attr("state").StringOr("off"); ok && s == "off" {
				continue
			}
			for _, spec := range cfg.Blocks("default_key_specs") {
				alg := spec.Attr("algorithm")
				if s, ok := alg.StringOr(""); ok && strings.EqualFold(s, "rsasha1") {
					p.Reportf(alg, "Cloud DNS zone %s signs its %s key with RSASHA1", r.Address, spec.Attr("key_type").Display())
				}
			}
		}
	},
}
