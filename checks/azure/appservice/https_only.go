package appservice

import "github.com/tenantlint/tenantlint/lint"

// HTTPSOnly flags apps that serve plain HTTP. It reads https_only, default
// false in azurerm v3 and v4 for every app resource, and
// properties.httpsOnly of Microsoft.Web/sites and sites/slots, false when
// absent.
var HTTPSOnly = &lint.Check{
	ID:       "azure-appservice-https-only",
	Title:    "App Service app accepts plain HTTP",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "An app that answers plain HTTP sends its pages, cookies and tokens in clear text, where anyone on " +
		"the path can read or change them. With HTTPS only, App Service redirects every HTTP request to HTTPS " +
		"before it reaches the app.",
	Remediation: "Redirect HTTP to HTTPS:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      https_only = true\n    }\n\n" +
		"In an azapi_resource body: properties = { httpsOnly = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https",
		docLinuxWebApp + "#https_only",
		docFunctionApp + "#https_only",
		docSitesARM,
	},
	Resources: Types,
	Run: boolRule("https_only", "properties.httpsOnly", true, defaults{Current: false, Legacy: false, ARM: false},
		"App %[1]s accepts plain HTTP (HTTPS only is %[2]s)"),
}
