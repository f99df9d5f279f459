package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NoCrossTenantReplication flags storage accounts that allow object
// replication to other tenants. It reads cross_tenant_replication_enabled,
// whose default changed from true (azurerm v3) to false (azurerm v4): an
// absent argument is judged only when the configuration pins v3. ARM reads
// an absent properties.allowCrossTenantReplication as false for new
// accounts.
var NoCrossTenantReplication = &lint.Check{
	ID:       "azure-storage-no-cross-tenant-replication",
	Title:    "Storage account allows cross-tenant object replication",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Object replication to an account in another Microsoft Entra tenant copies the data out of the " +
		"organisation's control: whoever can write a replication policy can send every blob to a tenant they " +
		"own. Unless replication across tenants is a deliberate design, it should be off.",
	Remediation: "Disallow it (the azurerm v3 default is true):\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      cross_tenant_replication_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { allowCrossTenantReplication = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies",
		docAccount + "#cross_tenant_replication_enabled",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: arm.Bool(Account, "cross_tenant_replication_enabled", "properties.allowCrossTenantReplication", false,
		arm.Default{RMMajor: map[int]any{3: true, 4: false}, ARM: false},
		"Storage account %[1]s allows object replication to other tenants (%[2]s)"),
}
