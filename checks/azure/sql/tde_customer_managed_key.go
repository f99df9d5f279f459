package sql

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// Protectors are the resources that choose a server's TDE protector:
// azurerm_mssql_server_transparent_data_encryption (key_vault_key_id, absent
// means the service-managed key, azurerm v3 and v4) and the ARM child
// Microsoft.Sql/servers/encryptionProtector (properties.serverKeyType,
// "ServiceManaged" or "AzureKeyVault").
var Protectors = arm.Kind{AzureRM: []string{"azurerm_mssql_server_transparent_data_encryption"}, ARM: "Microsoft.Sql/servers/encryptionProtector"}

// TDECustomerManagedKey flags servers whose transparent data encryption uses
// the service-managed key: no protector companion (TDE is on with a
// service-managed key by default), or companions none of which names a Key
// Vault key. A companion whose link or key cannot be known keeps the check
// silent.
var TDECustomerManagedKey = &lint.Check{
	ID:       "azure-sql-tde-customer-managed-key",
	Title:    "Azure SQL server encrypts data with a service-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Transparent data encryption protects databases, backups and logs at rest, by default with a key " +
		"Microsoft holds. A protector in your own Key Vault lets you audit its use, rotate it and revoke it, as " +
		"some regulations require.",
	Remediation: "Protect TDE with a Key Vault key:\n\n" +
		"    resource \"azurerm_mssql_server_transparent_data_encryption\" \"sql\" {\n" +
		"      server_id        = azurerm_mssql_server.sql.id\n      key_vault_key_id = azurerm_key_vault_key.tde.id\n    }\n\n" +
		"In an azapi_resource (Microsoft.Sql/servers/encryptionProtector) body: properties = { serverKeyType = " +
		"\"AzureKeyVault\", serverKeyName = \"<vault>_<key>_<version>\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview",
		docRM + "mssql_server_transparent_data_encryption",
		docARM + "/encryptionprotector",
	},
	Resources: append(MSSQLServer.Types(), Protectors.AzureRM...),
	Run: func(p *lint.Pass) {
		for _, v := range MSSQLServer.Views(p) {
			if v.Patch {
				continue
			}
			prots, certain := companions(p.Module, v, Protectors)
			if !certain {
				continue
			}
			cmk := false
			for _, c := range prots {
				if usesKeyVault(c) {
					cmk = true
					break
				}
			}
			if !cmk {
				p.Reportf(v.R, "Azure SQL server %s encrypts its databases with the service-managed TDE key", v.R.Address)
			}
		}
	},
}

// usesKeyVault says whether a protector uses (or may use) a Key Vault key.
func usesKeyVault(c arm.View) bool {
	if c.ARM {
		a := c.Attr("", "properties.serverKeyType")
		s, ok := a.StringOr("")
		return !ok || strings.EqualFold(s, "AzureKeyVault")
	}
	for _, n := range []string{"key_vault_key_id", "managed_hsm_key_id"} {
		a := c.R.Attr(n)
		if s, ok := a.StringOr(""); !ok || (!a.Null() && s != "") {
			return true
		}
	}
	return false
}
