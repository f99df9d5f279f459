package sql

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAuthorizedNetworks flags instances whose authorised networks
// admit the whole internet (0.0.0.0/0 and the like, netrange.Public).
// Default relied on: without authorized_networks blocks no network is
// authorised (hashicorp/google v4-v6). An instance known to have no public
// IP (ipv4_enabled = false) is left alone; unknown values are not reported.
var NoPublicAuthorizedNetworks = &lint.Check{
	ID:       "google-sql-no-public-authorized-networks",
	Title:    "Cloud SQL instance authorises connections from the whole internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Authorised networks are the address ranges allowed to connect to an instance's public IP. A range " +
		"such as 0.0.0.0/0 lets anyone on the internet reach the database port and try passwords or exploit the " +
		"engine; only the addresses of known clients should be authorised.",
	Remediation: "Authorise only the addresses that need the database, or use private IP or the Cloud SQL Auth " +
		"Proxy instead:\n\n" +
		"    ip_configuration {\n      authorized_networks {\n        name  = \"office\"\n" +
		"        value = \"203.0.113.0/28\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/authorize-networks",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks",
	},
	Resources: []string{instanceType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, s := range r.Blocks("settings") {
				for _, ip := range s.Blocks("ip_configuration") {
					if on, ok := ip.Attr("ipv4_enabled").BoolOr(true); ok && !on {
						continue
					}
					for _, n := range ip.Blocks("authorized_networks") {
						v := n.Attr("value")
						if cidr, ok := v.StringOr(""); ok && !v.Null() && netrange.Public(cidr) {
							p.Reportf(v, "Cloud SQL instance %s authorises %s: the whole internet may connect", r.Address, cidr)
						}
					}
				}
			}
		}
	},
}
