package network

import (
	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// The HTTP target proxies and the URL map types they route with.
const (
	httpProxyType       = "google_compute_target_http_proxy"
	regionHTTPProxyType = "google_compute_region_target_http_proxy"
	urlMapType          = "google_compute_url_map"
	regionURLMapType    = "google_compute_region_url_map"
)

// HTTPRedirectToHTTPS flags plain-HTTP target proxies whose URL map serves
// content instead of redirecting to HTTPS. The URL map is found by
// reference, or by name (names.Resolve); a proxy whose URL map the
// configuration does not hold, or cannot be resolved, is not reported.
// Default relied on (hashicorp/google v4-v6): a URL map without
// default_url_redirect { https_redirect = true } routes requests to its
// backends as they came.
var HTTPRedirectToHTTPS = &lint.Check{
	ID:       "google-network-http-redirect-to-https",
	Title:    "HTTP load balancer serves content instead of redirecting to HTTPS",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A target HTTP proxy whose URL map routes to backends serves the application in clear text. " +
		"Cookies, tokens and form data then cross the internet readable and alterable by anyone on the path; the " +
		"HTTP front end should only redirect clients to HTTPS.",
	Remediation: "Give the HTTP proxy a URL map that only redirects:\n\n" +
		"    resource \"google_compute_url_map\" \"redirect\" {\n      name = \"http-redirect\"\n" +
		"      default_url_redirect {\n        https_redirect = true\n        strip_query    = false\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/load-balancing/docs/https/setting-up-http-https-redirect",
		registry(httpProxyType, "url_map"),
		registry(urlMapType, "default_url_redirect"),
	},
	Resources: []string{httpProxyType, regionHTTPProxyType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			typ := urlMapType
			if r.Type == regionHTTPProxyType {
				typ = regionURLMapType
			}
			um := r.Attr("url_map")
			t := names.Resolve(p.Module, typ, um)
			if t.Resource == nil {
				continue
			}
			on, ok := t.Resource.Block("default_url_redirect").Attr("https_redirect").BoolOr(false)
			if !ok || on {
				continue
			}
			p.Reportf(um, "HTTP proxy %s routes to %s, which serves content instead of redirecting to HTTPS", r.Address, t.Resource.Address)
		}
	},
}
