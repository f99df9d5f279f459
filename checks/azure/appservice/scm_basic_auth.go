package appservice

import "github.com/tenantlint/tenantlint/lint"

// SCMBasicAuth flags apps whose SCM (Web Deploy, Kudu) endpoint accepts
// basic authentication (webdeploy_publish_basic_authentication_enabled,
// default true in azurerm v3 and v4; the policy child "scm" of
// Microsoft.Web/sites with properties.allow true). See basicAuth.
var SCMBasicAuth = &lint.Check{
	ID:       "azure-appservice-scm-basic-auth",
	Title:    "App Service app accepts basic authentication for Web Deploy",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "With basic authentication on the SCM site, a publish profile's user name and password deploy code, " +
		"read files and open the Kudu console without Entra ID, MFA or conditional access. Disabling it leaves the " +
		"SCM site to Entra-authenticated users and tools.",
	Remediation: "Disable basic authentication for Web Deploy and the SCM site:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      webdeploy_publish_basic_authentication_enabled = false\n    }\n\n" +
		"In the AzAPI form: a Microsoft.Web/sites/basicPublishingCredentialsPolicies child named \"scm\" with " +
		"properties = { allow = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/configure-basic-auth-disable",
		docLinuxWebApp + "#webdeploy_publish_basic_authentication_enabled",
		"https://learn.microsoft.com/azure/templates/microsoft.web/sites/basicpublishingcredentialspolicies-scm",
	},
	Resources: append(append([]string{}, Current.AzureRM...), "azapi_resource", "azapi_update_resource"),
	Run:       basicAuth("webdeploy_publish_basic_authentication_enabled", "scm", "App %[1]s accepts basic authentication for Web Deploy (%[2]s)"),
}
