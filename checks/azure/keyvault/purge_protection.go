package keyvault

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PurgeProtection flags key vaults without purge protection. It reads
// purge_protection_enabled, default false in azurerm v3 and v4, and
// properties.enablePurgeProtection of Microsoft.KeyVault/vaults, off when
// absent.
var PurgeProtection = &lint.Check{
	ID:       "azure-keyvault-purge-protection",
	Title:    "Key vault has no purge protection",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Soft delete keeps a deleted vault and its keys recoverable, but without purge protection anyone " +
		"with the right permission can purge them at once. Losing a key that encrypts data loses the data, so an " +
		"attacker or a mistake can destroy it irrecoverably.",
	Remediation: "Turn purge protection on (it cannot be turned off again):\n\n" +
		"    resource \"azurerm_key_vault\" \"kv\" {\n      purge_protection_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { enablePurgeProtection = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview",
		docVault + "#purge_protection_enabled",
		docVaultARM,
	},
	Resources: Vault.Types(),
	Run: arm.Bool(Vault, "purge_protection_enabled", "properties.enablePurgeProtection", true,
		arm.Default{RM: false, ARM: false},
		"Key vault %[1]s does not enable purge protection (%[2]s)"),
}
