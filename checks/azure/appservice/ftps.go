package appservice

import "github.com/tenantlint/tenantlint/lint"

// FTPS flags apps that accept plain FTP. It reads site_config.ftps_state,
// default "Disabled" in azurerm v3 and v4 for the current resources; the
// legacy resources and ARM (properties.siteConfig.ftpsState of
// Microsoft.Web/sites and sites/slots) leave an absent state to the
// service, so only a value written is judged there.
var FTPS = &lint.Check{
	ID:       "azure-appservice-ftps-only",
	Title:    "App Service app accepts plain FTP",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "FTP sends the deployment credentials and the app's files in clear text. An app whose FTP state " +
		"is AllAllowed lets anyone on the network path capture the password that deploys code to it.",
	Remediation: "Disable FTP, or accept only FTPS:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      site_config {\n        ftps_state = \"Disabled\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { siteConfig = { ftpsState = \"Disabled\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps",
		docLinuxWebApp + "#ftps_state",
		docSitesARM,
	},
	Resources: Types,
	Run: oneOf("site_config.ftps_state", "properties.siteConfig.ftpsState", []string{"Disabled", "FtpsOnly"},
		defaults{Current: "Disabled"},
		"App %[1]s accepts plain FTP (FTPS state %[2]s)"),
}
