package network

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// SSLPolicyNoWeakCiphers flags SSL policies whose profile admits weak cipher
// suites: COMPATIBLE (the default, hashicorp/google v4-v6), or CUSTOM with a
// suite that has no forward secrecy (TLS_RSA_WITH_*) or uses 3DES. MODERN
// and RESTRICTED are left alone; the TLS version is
// google-network-ssl-policy-min-tls's. Unknown values are not reported.
var SSLPolicyNoWeakCiphers = &lint.Check{
	ID:       "google-network-ssl-policy-no-weak-ciphers",
	Title:    "SSL policy admits weak cipher suites",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The COMPATIBLE profile keeps suites with RSA key exchange and 3DES so that very old clients can " +
		"connect. RSA key exchange has no forward secrecy: whoever later obtains the certificate's key can decrypt " +
		"recorded sessions, and 3DES is open to birthday attacks on long connections.",
	Remediation: "Use the MODERN or RESTRICTED profile:\n\n" +
		"    resource \"google_compute_ssl_policy\" \"modern\" {\n      name            = \"modern\"\n" +
		"      profile         = \"RESTRICTED\"\n      min_tls_version = \"TLS_1_2\"\n    }",
	Links: []string{
		sslPolicyDoc,
		registry(sslPolicyType, "profile"),
		registry(sslPolicyType, "custom_features"),
	},
	Resources: sslPolicyTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			profile := r.Attr("profile")
			s, ok := profile.StringOr("COMPATIBLE")
			switch {
			case !ok:
			case s == "COMPATIBLE" && profile.Null():
				p.Reportf(r, "SSL policy %s uses the COMPATIBLE profile (the default), which admits weak cipher suites", r.Address)
			case s == "COMPATIBLE":
				p.Reportf(profile, "SSL policy %s uses the COMPATIBLE profile, which admits weak cipher suites", r.Address)
			case s == "CUSTOM":
				features := r.Attr("custom_features")
				for _, f := range features.Strings() {
					if weakSuite(f) {
						p.Reportf(features, "SSL policy %s admits the weak cipher suite %s", r.Address, f)
						break
					}
				}
			}
		}
	},
}

// weakSuite says whether a cipher suite name has no forward secrecy or
// uses 3DES.
func weakSuite(name string) bool {
	return strings.HasPrefix(name, "TLS_RSA_WITH_") || strings.Contains(name, "3DES")
}
