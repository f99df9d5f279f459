// Package general holds the Azure checks that are about no one service.
package general

import (
	"github.com/tenantlint/tenantlint/checks/internal/hardcoded"
	"github.com/tenantlint/tenantlint/lint"
)

// credentialArgs are the azurerm resource arguments that take a password or
// secret (azurerm v3-v4 argument names).
var credentialArgs = hardcoded.Args{
	"azurerm_linux_virtual_machine":             {"admin_password"},
	"azurerm_windows_virtual_machine":           {"admin_password"},
	"azurerm_linux_virtual_machine_scale_set":   {"admin_password"},
	"azurerm_windows_virtual_machine_scale_set": {"admin_password"},
	"azurerm_virtual_machine":                   {"os_profile.admin_password"},
	"azurerm_mssql_server":                      {"administrator_login_password"},
	"azurerm_sql_server":                        {"administrator_login_password"},
	"azurerm_mssql_managed_instance":            {"administrator_login_password"},
	"azurerm_postgresql_server":                 {"administrator_login_password"},
	"azurerm_postgresql_flexible_server":        {"administrator_password"},
	"azurerm_mysql_server":                      {"administrator_login_password"},
	"azurerm_mysql_flexible_server":             {"administrator_password"},
	"azurerm_synapse_workspace":                 {"sql_administrator_login_password"},
	"azurerm_kubernetes_cluster":                {"windows_profile.admin_password"},
}

// NoHardcodedCredentials flags administrator passwords written into
// resource arguments. A value computed from a resource or data source
// (random_password, azurerm_key_vault_secret) or an unset variable is not
// reported.
var NoHardcodedCredentials = &lint.Check{
	ID:       "azure-general-no-hardcoded-credentials",
	Title:    "Credential written into a resource argument",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "An administrator password written into the configuration (or into a variable default or " +
		"tfvars file) is readable by everyone with access to the repository, its history, CI logs and the " +
		"Terraform state, and it cannot be rotated without a code change. Generate it or read it from Key " +
		"Vault at apply time, or use Entra ID authentication instead of a password.",
	Remediation: "Generate the password and keep it in Key Vault:\n\n" +
		"    resource \"random_password\" \"sql\" {\n      length = 32\n    }\n\n" +
		"    resource \"azurerm_mssql_server\" \"main\" {\n" +
		"      administrator_login_password = random_password.sql.result\n" +
		"    }",
	Links: []string{
		"https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server",
	},
	Resources: credentialArgs.Types(),
	Secret:    true,
	Run:       hardcoded.Run(credentialArgs, "Key Vault or random_password"),
}
