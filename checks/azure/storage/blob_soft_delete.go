package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// BlobSoftDelete flags accounts that hold blobs without blob soft delete:
// no delete_retention_policy block in blob_properties (azurerm v3 and v4:
// the block absent means soft delete off) and no blobServices child with
// properties.deleteRetentionPolicy.enabled = true (false when absent).
// Accounts of kind FileStorage hold no blobs and are left out.
var BlobSoftDelete = &lint.Check{
	ID:       "azure-storage-blob-soft-delete",
	Title:    "Storage account has no blob soft delete",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Without soft delete a deleted or overwritten blob is gone at once: a mistaken script, a " +
		"compromised credential or ransomware leaves nothing to restore. Soft delete keeps deleted data for a " +
		"retention period during which it can be recovered.",
	Remediation: "Keep deleted blobs for a while:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      blob_properties {\n        delete_retention_policy {\n" +
		"          days = 14\n        }\n      }\n    }\n\n" +
		"With azapi: a Microsoft.Storage/storageAccounts/blobServices child with " +
		"properties = { deleteRetentionPolicy = { enabled = true, days = 14 } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview",
		docAccount + "#delete_retention_policy",
		docBlobARM,
	},
	Resources: Account.Types(),
	Run: blobRule(func(arm.View) bool { return false },
		func(bp *lint.Block) (lint.Subject, verdict) {
			if bp.Block("delete_retention_policy").Exists() {
				return nil, good
			}
			return bp, bad
		}, "properties.deleteRetentionPolicy.enabled",
		"Storage account %s does not enable blob soft delete",
		"Storage account %s has no blob soft delete (no delete retention policy)"),
}
