package appservice

import "github.com/tenantlint/tenantlint/lint"

// MinTLS flags apps that accept TLS below 1.2. It reads
// site_config.minimum_tls_version (site_config.min_tls_version of the legacy
// resources), default "1.2" in azurerm v3 and v4, and
// properties.siteConfig.minTlsVersion of Microsoft.Web/sites and
// sites/slots, which App Service sets to 1.2 when absent; so only a lower
// version written in the configuration is a finding.
var MinTLS = &lint.Check{
	ID:       "azure-appservice-min-tls",
	Title:    "App Service app accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses and are deprecated. An app that still accepts them lets a " +
		"client, or an attacker downgrading a connection, use a protocol that no longer protects the traffic.",
	Remediation: "Require TLS 1.2 or later:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      site_config {\n        minimum_tls_version = \"1.2\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { siteConfig = { minTlsVersion = \"1.2\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/overview-tls",
		docLinuxWebApp + "#minimum_tls_version",
		docSitesARM,
	},
	Resources: Types,
	Run: oneOf("site_config.minimum_tls_version|min_tls_version", "properties.siteConfig.minTlsVersion", []string{"1.2", "1.3"},
		defaults{Current: "1.2", Legacy: "1.2", ARM: "1.2"},
		"App %[1]s accepts TLS versions from %[2]s (below 1.2)"),
}
