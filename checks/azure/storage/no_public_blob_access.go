package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicBlobAccess flags storage accounts whose containers may be made
// public. It reads allow_nested_items_to_be_public (azurerm v3 and v4,
// default true), allow_blob_public_access (azurerm v2, read when set), and
// properties.allowBlobPublicAccess of Microsoft.Storage/storageAccounts,
// which Azure reads as false when absent for accounts created since the
// server-side change of late 2023 (whatever the API version), so an absent
// property is not a finding.
var NoPublicBlobAccess = &lint.Check{
	ID:       "azure-storage-no-public-blob-access",
	Title:    "Storage account lets containers be made public",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "While the account allows it, any container can be switched to anonymous read access with one " +
		"setting, and its blobs are then readable by anyone with the URL. Disallowing public access on the " +
		"account removes that possibility for every container at once.",
	Remediation: "Disallow anonymous access on the account (the azurerm default is true):\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      allow_nested_items_to_be_public = false\n    }\n\n" +
		"In an azapi_resource body: properties = { allowBlobPublicAccess = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
		docAccount + "#allow_nested_items_to_be_public",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: arm.Bool(Account, "allow_nested_items_to_be_public|allow_blob_public_access", "properties.allowBlobPublicAccess", false,
		arm.Default{RM: true},
		"Storage account %[1]s lets its containers be made public (allow public access is %[2]s)"),
}
