package sql

import "github.com/tenantlint/tenantlint/lint"

// RequireSSL flags instances that accept unencrypted connections. Defaults
// relied on: settings.ip_configuration.ssl_mode defaults to
// ALLOW_UNENCRYPTED_AND_ENCRYPTED (hashicorp/google v5-v6, where it exists).
// The older require_ssl (v4-v5; deprecated in v5, removed in v6) defaults to
// false; require_ssl = true is taken as enforcing TLS unless the
// configuration pins google v6, where the argument no longer exists. An
// ssl_mode, when set, decides. Unknown values are not reported.
var RequireSSL = &lint.Check{
	ID:       "google-sql-require-ssl",
	Title:    "Cloud SQL instance accepts unencrypted connections",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Unless SSL/TLS is required, clients may connect in clear text, and passwords and query results cross " +
		"the network readable to anyone on the path. Requiring encrypted connections (and, where possible, client " +
		"certificates) closes that; CIS asks every connection to use SSL.",
	Remediation: "Require encrypted connections:\n\n" +
		"    settings {\n      ip_configuration {\n        ssl_mode = \"ENCRYPTED_ONLY\" # or TRUSTED_CLIENT_CERTIFICATE_REQUIRED\n" +
		"      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/configure-ssl-instance",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode",
	},
	Resources: []string{instanceType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			settings := r.Blocks("settings")
			if len(settings) == 0 {
				settings = []*lint.Block{r.Block("settings")}
			}
			for _, s := range settings {
				ips := s.Blocks("ip_configuration")
				if len(ips) == 0 {
					ips = []*lint.Block{s.Block("ip_configuration")}
				}
				for _, ip := range ips {
					judgeSSL(p, r, ip)
				}
			}
		}
	},
}

func judgeSSL(p *lint.Pass, r *lint.Resource, ip *lint.Block) {
	mode := ip.Attr("ssl_mode")
	m, ok := mode.StringOr("")
	if !ok {
		return
	}
	if !mode.Null() {
		if m != "ENCRYPTED_ONLY" && m != "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" {
			p.Reportf(mode, "Cloud SQL instance %s sets ssl_mode to %s: unencrypted connections are accepted", r.Address, mode.Display())
		}
		return
	}
	req := ip.Attr("require_ssl")
	on, ok := req.BoolOr(false)
	switch {
	case !ok:
	case on:
		if major, ok := r.ProviderVersions.Major(4, 5, 6); ok && major == 6 {
			p.Reportf(req, "Cloud SQL instance %s relies on require_ssl, which google v6 removed: set ssl_mode", r.Address)
		}
	case !req.Null():
		p.Reportf(req, "Cloud SQL instance %s sets require_ssl = false and no ssl_mode: unencrypted connections are accepted", r.Address)
	default:
		at := lint.Subject(r)
		if ip.Exists() {
			at = ip
		}
		p.Reportf(at, "Cloud SQL instance %s sets no ssl_mode: it defaults to ALLOW_UNENCRYPTED_AND_ENCRYPTED", r.Address)
	}
}
