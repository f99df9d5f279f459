package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// MinTLS flags storage accounts that accept TLS below 1.2. It reads
// min_tls_version, default TLS1_2 in azurerm v3 and v4, and
// properties.minimumTlsVersion of Microsoft.Storage/storageAccounts, which
// ARM reads as TLS1_0 when absent (every API version).
var MinTLS = &lint.Check{
	ID:       "azure-storage-min-tls",
	Title:    "Storage account accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses and are no longer supported by current clients. A storage " +
		"account that still accepts them lets a client, or an attacker downgrading a connection, talk to it over " +
		"a protocol that no longer protects the data in transit.",
	Remediation: "Require TLS 1.2:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      min_tls_version = \"TLS1_2\"\n    }\n\n" +
		"In an azapi_resource body: properties = { minimumTlsVersion = \"TLS1_2\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version",
		docAccount + "#min_tls_version",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: arm.OneOf(Account, "min_tls_version", "properties.minimumTlsVersion", []string{"TLS1_2", "TLS1_3"},
		arm.Default{RM: "TLS1_2", ARM: "TLS1_0"},
		"Storage account %[1]s accepts TLS versions from %[2]s (below TLS1_2)"),
}
