package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// InfrastructureEncryption flags storage accounts without the second layer
// of encryption at rest. It reads infrastructure_encryption_enabled, default
// false in azurerm v3 and v4, and
// properties.encryption.requireInfrastructureEncryption of
// Microsoft.Storage/storageAccounts, false when absent.
var InfrastructureEncryption = &lint.Check{
	ID:       "azure-storage-infrastructure-encryption",
	Title:    "Storage account has no infrastructure encryption",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Infrastructure encryption encrypts the data a second time, at the infrastructure level, with a " +
		"different algorithm and key, so that one broken key or implementation does not expose it. It can only be " +
		"chosen when the account is created.",
	Remediation: "Enable it when creating the account:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      infrastructure_encryption_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { encryption = { requireInfrastructureEncryption = true } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable",
		docAccount + "#infrastructure_encryption_enabled",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: arm.Bool(Account, "infrastructure_encryption_enabled", "properties.encryption.requireInfrastructureEncryption", true,
		arm.Default{RM: false, ARM: false},
		"Storage account %[1]s does not enable infrastructure encryption (%[2]s)"),
}
