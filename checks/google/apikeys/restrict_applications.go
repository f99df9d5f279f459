// Package apikeys holds the checks for API keys (google_apikeys_key).
package apikeys

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// appRestrictions are the blocks that limit who may use a key.
var appRestrictions = []string{
	"browser_key_restrictions", "server_key_restrictions", "android_key_restrictions", "ios_key_restrictions",
}

// RestrictApplications flags API keys that any caller may use: no
// restrictions block, none of its browser, server, Android or iOS
// restrictions, a referrer of "*", or a public IP range. Default relied on
// (hashicorp/google v4-v6): without restrictions a key works from anywhere.
// Unknown values are not reported.
var RestrictApplications = &lint.Check{
	ID:       "google-apikeys-restrict-applications",
	Title:    "API key is not restricted to specific hosts or applications",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "An API key is a bearer credential that ends up in web pages, apps and repositories. Without an " +
		"application restriction whoever copies it can call your APIs from anywhere, spending your quota and " +
		"reaching whatever data those APIs serve.",
	Remediation: "Restrict the key to the referrers, IP addresses or apps that use it:\n\n" +
		"    restrictions {\n      browser_key_restrictions {\n        allowed_referrers = [\"https://www.example.com/*\"]\n      }\n" +
		"      api_targets {\n        service = \"maps-backend.googleapis.com\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/docs/authentication/api-keys#adding-application-restrictions",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/apikeys_key#restrictions",
	},
	Resources: []string{"google_apikeys_key"},
	Run: func(p *lint.Pass) {
		for _, k := range p.Resources() {
			rs := k.Block("restrictions")
			if !rs.Exists() {
				p.Reportf(k, "API key %s has no restrictions: anyone holding it can use it from anywhere", k.Address)
				continue
			}
			restricted := false
			for _, typ := range appRestrictions {
				if rs.Block(typ).Exists() {
					restricted = true
				}
			}
			if !restricted {
				p.Reportf(rs, "API key %s is not restricted to any website, IP address or app", k.Address)
				continue
			}
			referrers := rs.Block("browser_key_restrictions").Attr("allowed_referrers")
			for _, r := range referrers.Strings() {
				if strings.TrimSpace(r) == "*" {
					p.Reportf(referrers, "API key %s accepts every referrer (\"*\")", k.Address)
					break
				}
			}
			ips := rs.Block("server_key_restrictions").Attr("allowed_ips")
			if cidr, ok := netrange.FirstPublic(ips); ok {
				p.Reportf(ips, "API key %s accepts calls from every IP address (%s)", k.Address, cidr)
			}
		}
	},
}
