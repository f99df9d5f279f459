package cosmos

import (
	"github.com/tenantlint/tenantlint/lint"
)

// CustomerManagedKey flags accounts encrypted with Microsoft-managed keys
// only. It reads key_vault_key_id (no default: absent means service-managed
// keys, azurerm v3 and v4) and properties.keyVaultKeyUri of
// Microsoft.DocumentDB/databaseAccounts (absent: service-managed keys, every
// API version). A patch cannot add the key to an existing account, so only
// created accounts are judged.
var CustomerManagedKey = &lint.Check{
	ID:       "azure-cosmos-customer-managed-key",
	Title:    "Cosmos DB account is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Cosmos DB always encrypts data at rest, by default with keys Microsoft holds. A key in your own " +
		"Key Vault lets you audit its use and revoke it to make the data unreadable, which some regulations " +
		"require for sensitive data.",
	Remediation: "Encrypt with a Key Vault key (set when the account is created):\n\n" +
		"    resource \"azurerm_cosmosdb_account\" \"db\" {\n      key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id\n    }\n\n" +
		"In an azapi_resource body: properties = { keyVaultKeyUri = \"https://<vault>.vault.azure.net/keys/<key>\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys",
		docAccount + "#key_vault_key_id",
		docAccountARM,
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if v.Patch {
				continue
			}
			a := v.Attr("key_vault_key_id", "properties.keyVaultKeyUri")
			if s, ok := a.StringOr(""); ok && (a.Null() || s == "") {
				p.Reportf(a, "Cosmos DB account %s is encrypted with Microsoft-managed keys only (no key_vault_key_id)", v.R.Address)
			}
		}
	},
}
