package cosmos

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// The two forms of the account, judged apart: azurerm and ARM name the
// setting with opposite meanings.
var (
	accountRM  = arm.Kind{AzureRM: Account.AzureRM}
	accountARM = arm.Kind{ARM: Account.ARM}
)

// KeyMetadataWrites flags accounts whose keys may change databases,
// containers and throughput. It reads access_key_metadata_writes_enabled,
// default true in azurerm v3 and v4, and
// properties.disableKeyBasedMetadataWriteAccess of
// Microsoft.DocumentDB/databaseAccounts, false when absent (every API
// version).
var KeyMetadataWrites = &lint.Check{
	ID:       "azure-cosmos-key-metadata-writes",
	Title:    "Cosmos DB account keys may change its resources",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "By default an SDK client holding an account key can create and delete databases and " +
		"containers and change their throughput. Turning off key-based metadata writes leaves such changes to " +
		"Azure Resource Manager, where they are authorised per identity and logged.",
	Remediation: "Turn off key-based metadata writes:\n\n" +
		"    resource \"azurerm_cosmosdb_account\" \"db\" {\n      access_key_metadata_writes_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { disableKeyBasedMetadataWriteAccess = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/cosmos-db/audit-control-plane-logs#disable-key-based-metadata-write-access",
		docAccount + "#access_key_metadata_writes_enabled",
		docAccountARM,
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		arm.Bool(accountRM, "access_key_metadata_writes_enabled", "properties.disableKeyBasedMetadataWriteAccess", false,
			arm.Default{RM: true},
			"Cosmos DB account %[1]s lets account keys change databases and containers (key metadata writes enabled is %[2]s)")(p)
		arm.Bool(accountARM, "access_key_metadata_writes_enabled", "properties.disableKeyBasedMetadataWriteAccess", true,
			arm.Default{ARM: false},
			"Cosmos DB account %[1]s lets account keys change databases and containers (key-based metadata write access disabled is %[2]s)")(p)
	},
}
