package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// HTTPSOnly flags storage accounts that accept plain HTTP. It reads
// https_traffic_only_enabled (azurerm v4; enable_https_traffic_only in v3),
// default true in azurerm v3 and v4, and properties.supportsHttpsTrafficOnly
// of Microsoft.Storage/storageAccounts, default true from API version
// 2019-04-01 and false before it.
var HTTPSOnly = &lint.Check{
	ID:       "azure-storage-https-only",
	Title:    "Storage account accepts plain HTTP",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A storage account that accepts HTTP lets blobs, queue messages and shared access signatures " +
		"cross the network in clear text, where anyone on the path can read or change them. Requiring HTTPS " +
		"costs nothing and rejects such requests outright.",
	Remediation: "Accept only HTTPS (azurerm v4; enable_https_traffic_only in v3):\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      https_traffic_only_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { supportsHttpsTrafficOnly = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer",
		docAccount + "#https_traffic_only_enabled",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: arm.Bool(Account, "https_traffic_only_enabled|enable_https_traffic_only", "properties.supportsHttpsTrafficOnly", true,
		arm.Default{RM: true, ARM: true, ARMSince: "2019-04-01", ARMBefore: false},
		"Storage account %[1]s accepts plain HTTP (HTTPS only is %[2]s)"),
}
