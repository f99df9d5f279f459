package network

import "github.com/tenantlint/tenantlint/lint"

// The target proxies that terminate TLS.
const (
	httpsProxyType       = "google_compute_target_https_proxy"
	regionHTTPSProxyType = "google_compute_region_target_https_proxy"
	sslProxyType         = "google_compute_target_ssl_proxy"
)

// ProxySSLPolicy flags target proxies that terminate TLS without an SSL
// policy. Default relied on (Cloud Load Balancing, hashicorp/google v4-v6):
// without ssl_policy the proxy uses Google's default policy, the COMPATIBLE
// profile with TLS 1.0. The policy it names is judged by
// google-network-ssl-policy-min-tls and -no-weak-ciphers.
var ProxySSLPolicy = &lint.Check{
	ID:       "google-network-proxy-ssl-policy",
	Title:    "Load balancer proxy terminates TLS without an SSL policy",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A target HTTPS or SSL proxy without an SSL policy falls back to Google's default one, which " +
		"accepts TLS 1.0 and the COMPATIBLE cipher suites. Clients can then be held to protocol versions and " +
		"ciphers that no longer protect the traffic.",
	Remediation: "Attach an SSL policy that requires TLS 1.2:\n\n" +
		"    resource \"google_compute_target_https_proxy\" \"web\" {\n      name             = \"web\"\n" +
		"      url_map          = google_compute_url_map.web.id\n      ssl_certificates = [google_compute_managed_ssl_certificate.web.id]\n" +
		"      ssl_policy       = google_compute_ssl_policy.modern.id\n    }",
	Links: []string{
		sslPolicyDoc,
		registry(httpsProxyType, "ssl_policy"),
		registry(sslProxyType, "ssl_policy"),
	},
	Resources: []string{httpsProxyType, regionHTTPSProxyType, sslProxyType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Attr("ssl_policy").Null() {
				p.Reportf(r, "target proxy %s has no ssl_policy: it uses Google's default policy (TLS 1.0, COMPATIBLE)", r.Address)
			}
		}
	},
}
