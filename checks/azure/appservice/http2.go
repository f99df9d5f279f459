package appservice

import "github.com/tenantlint/tenantlint/lint"

// HTTP2 flags apps that do not offer HTTP/2. It reads
// site_config.http2_enabled, default false in azurerm v3 and v4 for every
// app resource, and properties.siteConfig.http20Enabled of
// Microsoft.Web/sites and sites/slots, whose absent value the API reference
// does not state: only an explicit false is judged there.
var HTTP2 = &lint.Check{
	ID:       "azure-appservice-http2",
	Title:    "App Service app does not enable HTTP/2",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "HTTP/2 is served only over TLS with modern cipher suites and fixes head-of-line and header " +
		"handling weaknesses of HTTP/1.1. Enabling it is part of the CIS benchmark for App Service and lets " +
		"clients use the stronger protocol.",
	Remediation: "Enable HTTP/2:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      site_config {\n        http2_enabled = true\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { siteConfig = { http20Enabled = true } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings",
		docLinuxWebApp + "#http2_enabled",
		docSitesARM,
	},
	Resources: Types,
	Run: boolRule("site_config.http2_enabled", "properties.siteConfig.http20Enabled", true,
		defaults{Current: false, Legacy: false},
		"App %[1]s does not enable HTTP/2 (%[2]s)"),
}
