package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// EntraAdmins are the resources that set a server's Microsoft Entra
// administrator apart from the server: the legacy
// azurerm_sql_active_directory_administrator (azurerm v3) and the ARM child
// Microsoft.Sql/servers/administrators.
var EntraAdmins = arm.Kind{AzureRM: []string{"azurerm_sql_active_directory_administrator"}, ARM: "Microsoft.Sql/servers/administrators"}

// EntraAdmin flags servers with no Microsoft Entra (Azure AD) administrator:
// no azuread_administrator block on azurerm_mssql_server (none by default,
// azurerm v3 and v4), no properties.administrators in the ARM body, and no
// administrator companion that names the server. A companion whose link
// cannot be known keeps the check silent.
var EntraAdmin = &lint.Check{
	ID:       "azure-sql-entra-admin",
	Title:    "Azure SQL server has no Microsoft Entra administrator",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without an Entra administrator the server accepts only SQL logins, whose passwords are managed " +
		"apart from the organisation's identities, MFA and conditional access. An Entra administrator lets access " +
		"be granted to and removed from Entra users and groups centrally.",
	Remediation: "Set an Entra administrator (and preferably Entra-only authentication):\n\n" +
		"    resource \"azurerm_mssql_server\" \"sql\" {\n      azuread_administrator {\n" +
		"        login_username              = \"sql-admins\"\n        object_id                   = var.sql_admins_group_id\n" +
		"        azuread_authentication_only = true\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { administrators = { login = \"sql-admins\", sid = \"<object id>\", " +
		"administratorType = \"ActiveDirectory\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-configure",
		docServer + "#azuread_administrator",
		docARM + "/administrators",
	},
	Resources: append(Server.Types(), EntraAdmins.AzureRM...),
	Run: func(p *lint.Pass) {
		for _, v := range Server.Views(p) {
			if v.Patch || Server.Patched(p.Module, v, "properties.administrators") {
				continue
			}
			if v.ARM {
				if a := v.Attr("", "properties.administrators"); a.Set || a.Unknown() {
					continue
				}
			} else if v.R.Body.Block("azuread_administrator").Exists() {
				continue
			}
			if admins, certain := companions(p.Module, v, EntraAdmins); len(admins) > 0 || !certain {
				continue
			}
			p.Reportf(v.R, "Azure SQL server %s has no Microsoft Entra administrator", v.R.Address)
		}
	},
}
