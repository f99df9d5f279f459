package appservice

import "github.com/tenantlint/tenantlint/lint"

// FTPBasicAuth flags apps whose FTP endpoint accepts basic authentication
// (ftp_publish_basic_authentication_enabled, default true in azurerm v3 and
// v4; the policy child "ftp" of Microsoft.Web/sites with properties.allow
// true). See basicAuth.
var FTPBasicAuth = &lint.Check{
	ID:       "azure-appservice-ftp-basic-auth",
	Title:    "App Service app accepts basic authentication for FTP",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Basic publishing credentials are a user name and password that deploy code over FTP without Entra " +
		"ID, MFA or conditional access, and they are easy to leak through publish profiles. Disabling them leaves " +
		"deployment to Entra-authenticated tools.",
	Remediation: "Disable basic authentication for FTP:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      ftp_publish_basic_authentication_enabled = false\n    }\n\n" +
		"In the AzAPI form: a Microsoft.Web/sites/basicPublishingCredentialsPolicies child named \"ftp\" with " +
		"properties = { allow = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/configure-basic-auth-disable",
		docLinuxWebApp + "#ftp_publish_basic_authentication_enabled",
		"https://learn.microsoft.com/azure/templates/microsoft.web/sites/basicpublishingcredentialspolicies-ftp",
	},
	Resources: append(append([]string{}, Current.AzureRM...), "azapi_resource", "azapi_update_resource"),
	Run:       basicAuth("ftp_publish_basic_authentication_enabled", "ftp", "App %[1]s accepts basic authentication for FTP (%[2]s)"),
}
