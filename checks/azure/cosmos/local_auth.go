package cosmos

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LocalAuth flags accounts that accept their primary and secondary keys. It
// reads local_authentication_disabled, default false in azurerm v3 and v4,
// and properties.disableLocalAuth of Microsoft.DocumentDB/databaseAccounts,
// false when absent (every API version).
var LocalAuth = &lint.Check{
	ID:       "azure-cosmos-local-auth",
	Title:    "Cosmos DB account accepts account keys",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Account keys grant full data access to whoever holds them, cannot be scoped to a person and " +
		"leave no identity in the logs. Disabling local authentication forces clients onto Entra ID and data-plane " +
		"RBAC, where access is granted, reviewed and revoked per identity.",
	Remediation: "Disable key authentication:\n\n" +
		"    resource \"azurerm_cosmosdb_account\" \"db\" {\n      local_authentication_disabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { disableLocalAuth = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth",
		docAccount + "#local_authentication_disabled",
		docAccountARM,
	},
	Resources: Account.Types(),
	Run: arm.Bool(Account, "local_authentication_disabled", "properties.disableLocalAuth", true,
		arm.Default{RM: false, ARM: false},
		"Cosmos DB account %[1]s accepts account keys (local authentication disabled is %[2]s)"),
}
