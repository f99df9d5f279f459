// Package keyvault holds the checks for Azure Key Vault vaults, keys and
// secrets, in both forms (azurerm and AzAPI, see checks/azure/arm).
package keyvault

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Vault is a key vault.
	Vault = arm.Kind{AzureRM: []string{"azurerm_key_vault"}, ARM: "Microsoft.KeyVault/vaults"}
	// Key is a key in a vault.
	Key = arm.Kind{AzureRM: []string{"azurerm_key_vault_key"}, ARM: "Microsoft.KeyVault/vaults/keys"}
	// Secret is a secret in a vault.
	Secret = arm.Kind{AzureRM: []string{"azurerm_key_vault_secret"}, ARM: "Microsoft.KeyVault/vaults/secrets"}
)

const (
	docVault    = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault"
	docKey      = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key"
	docVaultARM = "https://learn.microsoft.com/azure/templates/microsoft.keyvault/vaults"
	docKeyARM   = "https://learn.microsoft.com/azure/templates/microsoft.keyvault/vaults/keys"
)
