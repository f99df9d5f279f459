package keyvault

import "github.com/tenantlint/tenantlint/lint"

// SecretExpiry flags secrets without an expiry date: expiration_date of
// azurerm_key_vault_secret and properties.attributes.exp of
// Microsoft.KeyVault/vaults/secrets; neither has a default (no expiry).
// Its findings sit on resources that hold a secret value (in the AzAPI form
// often on the same line), so it is a Secret check: reports mask the
// literals of their excerpts.
var SecretExpiry = &lint.Check{
	ID:       "azure-keyvault-secret-expiry",
	Title:    "Key vault secret has no expiry date",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A password or connection string kept as a secret without an expiry date tends never to be " +
		"changed. An expiry date makes its age visible, lets Azure raise near-expiry events and forces the " +
		"credential to be rotated.",
	Remediation: "Give the secret an expiry date:\n\n" +
		"    resource \"azurerm_key_vault_secret\" \"s\" {\n      expiration_date = \"2027-06-30T00:00:00Z\"\n    }\n\n" +
		"In an azapi_resource body: properties = { attributes = { exp = 1814313600 } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/secrets/about-secrets",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret#expiration_date",
		"https://learn.microsoft.com/azure/templates/microsoft.keyvault/vaults/secrets",
	},
	Resources: Secret.Types(),
	Secret:    true,
	Run:       expiry("secret", Secret),
}
