package appservice

import (
	"github.com/tenantlint/tenantlint/lint"
)

// CORSWildcard flags apps whose CORS policy admits every origin. It reads
// site_config.cors.allowed_origins of every app resource and
// properties.siteConfig.cors.allowedOrigins of Microsoft.Web/sites and
// sites/slots. Absent, no cross-origin request is allowed (azurerm v3 and
// v4, every API version), so only a "*" written is a finding.
var CORSWildcard = &lint.Check{
	ID:       "azure-appservice-cors-wildcard",
	Title:    "App Service app allows cross-origin requests from any origin",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "A CORS policy with \"*\" lets scripts on any web site call the app from a visitor's browser and read " +
		"the answers. An API meant for its own front end then serves any site that lures a user, and loses the " +
		"browser's same-origin protection.",
	Remediation: "List the origins that may call the app:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      site_config {\n        cors {\n" +
		"          allowed_origins = [\"https://www.example.com\"]\n        }\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { siteConfig = { cors = { allowedOrigins = [...] } } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/app-service-web-tutorial-rest-api#enable-cors",
		docLinuxWebApp + "#cors",
		docSitesARM,
	},
	Resources: Types,
	Run: func(p *lint.Pass) {
		for _, v := range views(p) {
			a := v.Attr("site_config.cors.allowed_origins", "properties.siteConfig.cors.allowedOrigins")
			for _, s := range a.Strings() {
				if s == "*" {
					p.Reportf(a, "App %s allows cross-origin requests from any origin (\"*\")", v.R.Address)
					break
				}
			}
		}
	},
}
