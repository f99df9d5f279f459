package postgres

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// GeoRedundantBackup flags servers whose backups stay in one region. It
// reads geo_redundant_backup_enabled, default false in azurerm v3 and v4 for
// both server types, and properties.storageProfile.geoRedundantBackup
// (single) or properties.backup.geoRedundantBackup (flexible), "Disabled"
// when absent.
var GeoRedundantBackup = &lint.Check{
	ID:       "azure-postgres-geo-redundant-backup",
	Title:    "PostgreSQL server backups are not geo-redundant",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.PaaS,
	Description: "Locally redundant backups are lost with their region. Geo-redundant backups can be restored in the " +
		"paired region after a regional outage or disaster; the setting can only be chosen when the server is created.",
	Remediation: "Enable geo-redundant backups:\n\n" +
		"    resource \"azurerm_postgresql_flexible_server\" \"pg\" {\n      geo_redundant_backup_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { backup = { geoRedundantBackup = \"Enabled\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore",
		docFlexible + "#geo_redundant_backup_enabled",
		docARM + "flexibleservers",
	},
	Resources: arm.TypesOf(Single, Flexible),
	Run:       servers.GeoRedundantBackup(),
}
