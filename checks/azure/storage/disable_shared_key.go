package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// DisableSharedKey flags storage accounts that accept Shared Key
// authorisation. It reads shared_access_key_enabled, default true in azurerm
// v3 and v4, and properties.allowSharedKeyAccess of
// Microsoft.Storage/storageAccounts, which ARM reads as true when absent.
var DisableSharedKey = &lint.Check{
	ID:       "azure-storage-disable-shared-key",
	Title:    "Storage account accepts Shared Key authorisation",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "The account keys grant full access to all data in the account, never expire on their own and " +
		"cannot be scoped, and every SAS signed with them inherits that. With Shared Key off, every request must " +
		"carry a Microsoft Entra identity, which is least privilege, can be revoked and is audited.",
	Remediation: "Turn Shared Key off and grant data roles to identities:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      shared_access_key_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { allowSharedKeyAccess = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent",
		docAccount + "#shared_access_key_enabled",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: arm.Bool(Account, "shared_access_key_enabled", "properties.allowSharedKeyAccess", false,
		arm.Default{RM: true, ARM: true},
		"Storage account %[1]s accepts Shared Key authorisation (shared key access is %[2]s)"),
}
