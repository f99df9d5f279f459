package keyvault

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// SoftDeleteRetention flags key vaults that keep deleted objects fewer than
// 30 days. It reads soft_delete_retention_days, default 90 in azurerm v3
// and v4, and properties.softDeleteRetentionInDays of
// Microsoft.KeyVault/vaults, 90 when absent (the service allows 7 to 90).
var SoftDeleteRetention = &lint.Check{
	ID:       "azure-keyvault-soft-delete-retention",
	Title:    "Key vault keeps deleted objects fewer than 30 days",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Soft delete is the window in which a deleted vault, key or secret can be recovered. A week or two " +
		"is easily over before anyone notices that a key is gone, for example across a holiday or a monthly " +
		"job that first fails to decrypt; 30 days or more leaves time to react.",
	Remediation: "Keep deleted objects at least 30 days (90 is the default and the maximum):\n\n" +
		"    resource \"azurerm_key_vault\" \"kv\" {\n      soft_delete_retention_days = 90\n    }\n\n" +
		"In an azapi_resource body: properties = { softDeleteRetentionInDays = 90 }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview",
		docVault + "#soft_delete_retention_days",
		docVaultARM,
	},
	Resources: Vault.Types(),
	Run: arm.AtLeast(Vault, "soft_delete_retention_days", "properties.softDeleteRetentionInDays", 30,
		arm.Default{RM: 90, ARM: 90},
		"Key vault %[1]s keeps deleted objects %[2]s days (fewer than %[3]s)"),
}
