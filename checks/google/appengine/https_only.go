// Package appengine holds the checks for App Engine versions and services.
package appengine

import "github.com/tenantlint/tenantlint/lint"

// HTTPSOnly flags App Engine versions whose handlers answer plain HTTP: a
// handlers block whose security_level is not SECURE_ALWAYS, or a version
// without handlers (its default handler answers both). Default relied on
// (hashicorp/google v4-v6, standard and flexible versions): an absent
// security_level is SECURE_DEFAULT, which serves HTTP and HTTPS alike.
// Unknown values are not reported.
var HTTPSOnly = &lint.Check{
	ID:       "google-appengine-https-only",
	Title:    "App Engine handler answers plain HTTP requests",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A handler that is not SECURE_ALWAYS serves http:// requests without redirecting them, so " +
		"session cookies, credentials and pages can travel unencrypted and be altered on the way. SECURE_ALWAYS " +
		"redirects every plain request to HTTPS before the application sees it.",
	Remediation: "Redirect plain HTTP to HTTPS in every handler:\n\n" +
		"    handlers {\n      url_regex      = \".*\"\n      security_level = \"SECURE_ALWAYS\"\n" +
		"      script {\n        script_path = \"auto\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/appengine/docs/standard/reference/app-yaml#handlers_secure",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/app_engine_standard_app_version#security_level",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/app_engine_flexible_app_version#security_level",
	},
	Resources: []string{"google_app_engine_standard_app_version", "google_app_engine_flexible_app_version"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			hs := r.Blocks("handlers")
			if len(hs) == 0 {
				p.Reportf(r, "App Engine version %s has no handlers: its default handler answers plain HTTP", r.Address)
				continue
			}
			for _, h := range hs {
				a := h.Attr("security_level")
				s, ok := a.StringOr("SECURE_DEFAULT")
				switch {
				case !ok || s == "SECURE_ALWAYS":
				case a.Null():
					p.Reportf(h, "App Engine version %s has a handler for %s without security_level: it answers plain HTTP", r.Address, h.Attr("url_regex").Display())
				default:
					p.Reportf(a, "App Engine version %s has a handler for %s with security_level %s: it answers plain HTTP", r.Address, h.Attr("url_regex").Display(), a.Display())
				}
			}
		}
	},
}
