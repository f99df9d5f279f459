package network

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// FrontDoorMinTLS flags Front Door custom domains that accept TLS 1.0:
// tls.minimum_tls_version TLS10 on azurerm_cdn_frontdoor_custom_domain
// (default TLS12 in azurerm v3 and v4), or
// properties.tlsSettings.minimumTlsVersion TLS10 in ARM (TLS12 when
// absent).
var FrontDoorMinTLS = &lint.Check{
	ID:       "azure-network-frontdoor-min-tls",
	Title:    "Front Door custom domain accepts TLS 1.0",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 is deprecated and has known weaknesses in its handshake and ciphers. A custom domain that " +
		"still accepts it lets a client, or an attacker downgrading the connection, reach the application over " +
		"a protocol that no longer protects the traffic.",
	Remediation: "Require TLS 1.2 or later:\n\n" +
		"    resource \"azurerm_cdn_frontdoor_custom_domain\" \"www\" {\n      tls {\n" +
		"        certificate_type    = \"ManagedCertificate\"\n        minimum_tls_version = \"TLS12\"\n      }\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/frontdoor/end-to-end-tls",
		docRM + "cdn_frontdoor_custom_domain#minimum_tls_version",
		"https://learn.microsoft.com/azure/templates/microsoft.cdn/profiles/customdomains",
	},
	Resources: FrontDoorDomain.Types(),
	Run: arm.OneOf(FrontDoorDomain, "tls.minimum_tls_version", "properties.tlsSettings.minimumTlsVersion",
		[]string{"TLS12", "TLS13"}, arm.Default{RM: "TLS12", ARM: "TLS12"},
		"Front Door custom domain %[1]s accepts TLS from %[2]s (below TLS12)"),
}
