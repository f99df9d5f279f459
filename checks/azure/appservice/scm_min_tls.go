package appservice

import "github.com/tenantlint/tenantlint/lint"

// SCMMinTLS flags apps whose deployment (SCM, Kudu) endpoint accepts TLS
// below 1.2. It reads site_config.scm_minimum_tls_version, default "1.2" in
// azurerm v3 and v4 for the current resources (the legacy ones do not have
// it: absence there is not judged), and
// properties.siteConfig.scmMinTlsVersion of Microsoft.Web/sites and
// sites/slots, 1.2 when absent.
var SCMMinTLS = &lint.Check{
	ID:       "azure-appservice-scm-min-tls",
	Title:    "App Service deployment endpoint accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "The SCM (Kudu) endpoint deploys code and exposes the app's files, environment and console. If it " +
		"accepts TLS 1.0 or 1.1, deployment credentials and code cross the network under a protocol with known " +
		"weaknesses, even when the app itself requires TLS 1.2.",
	Remediation: "Require TLS 1.2 on the SCM site too:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      site_config {\n        scm_minimum_tls_version = \"1.2\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { siteConfig = { scmMinTlsVersion = \"1.2\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/overview-tls",
		docLinuxWebApp + "#scm_minimum_tls_version",
		docSitesARM,
	},
	Resources: Types,
	Run: oneOf("site_config.scm_minimum_tls_version", "properties.siteConfig.scmMinTlsVersion", []string{"1.2", "1.3"},
		defaults{Current: "1.2", ARM: "1.2"},
		"App %[1]s accepts TLS versions from %[2]s on its SCM site (below 1.2)"),
}
