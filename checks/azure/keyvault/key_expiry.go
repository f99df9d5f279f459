package keyvault

import "github.com/tenantlint/tenantlint/lint"

// KeyExpiry flags keys without an expiry date: expiration_date of
// azurerm_key_vault_key and properties.attributes.exp of
// Microsoft.KeyVault/vaults/keys; neither has a default (no expiry).
var KeyExpiry = &lint.Check{
	ID:       "azure-keyvault-key-expiry",
	Title:    "Key vault key has no expiry date",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A key without an expiry date can be used for ever, however long ago it was created and however " +
		"many people or systems may have had access to it. An expiry date bounds its use and, with a rotation " +
		"policy, makes replacing it routine.",
	Remediation: "Give the key an expiry date (and a rotation policy that renews it):\n\n" +
		"    resource \"azurerm_key_vault_key\" \"k\" {\n      expiration_date = \"2027-12-31T00:00:00Z\"\n    }\n\n" +
		"In an azapi_resource body: properties = { attributes = { exp = 1830211200 } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/keys/about-keys-details",
		docKey + "#expiration_date",
		docKeyARM,
	},
	Resources: Key.Types(),
	Run:       expiry("key", Key),
}
