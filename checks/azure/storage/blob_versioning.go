package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// BlobVersioning flags accounts that hold blobs without blob versioning:
// blob_properties.versioning_enabled (default false in azurerm v3 and v4)
// and the blobServices child's properties.isVersioningEnabled (false when
// absent). Accounts with a hierarchical namespace (is_hns_enabled,
// properties.isHnsEnabled) cannot version blobs and are left out, as are
// FileStorage accounts.
var BlobVersioning = &lint.Check{
	ID:       "azure-storage-blob-versioning",
	Title:    "Storage account does not version blobs",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Versioning keeps every earlier state of a blob when it is overwritten, so that a bad write, " +
		"a corrupting application or ransomware that rewrites blobs in place can be undone. Soft delete alone " +
		"does not protect against overwrites.",
	Remediation: "Enable versioning:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      blob_properties {\n        versioning_enabled = true\n" +
		"      }\n    }\n\n" +
		"With azapi: a Microsoft.Storage/storageAccounts/blobServices child with " +
		"properties = { isVersioningEnabled = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/blobs/versioning-overview",
		docAccount + "#versioning_enabled",
		docBlobARM,
	},
	Resources: Account.Types(),
	Run: blobRule(func(v arm.View) bool {
		hns, ok := v.Attr("is_hns_enabled", "properties.isHnsEnabled").BoolOr(false)
		return hns || !ok
	}, func(bp *lint.Block) (lint.Subject, verdict) {
		a := arm.Arg(bp, "versioning_enabled")
		on, ok := a.BoolOr(false)
		switch {
		case !ok:
			return nil, open
		case on:
			return nil, good
		}
		return a, bad
	}, "properties.isVersioningEnabled",
		"Storage account %s does not enable blob versioning",
		"Storage account %s does not version blobs"),
}
