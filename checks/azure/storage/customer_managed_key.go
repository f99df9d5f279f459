package storage

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// CustomerManagedKey flags storage accounts encrypted only with a
// Microsoft-managed key: no inline customer_managed_key block and no
// azurerm_storage_account_customer_managed_key companion (azurerm v3 and
// v4), or properties.encryption.keySource not "Microsoft.Keyvault" (ARM
// reads an absent one as "Microsoft.Storage").
var CustomerManagedKey = &lint.Check{
	ID:       "azure-storage-customer-managed-key",
	Title:    "Storage account is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "With a Microsoft-managed key the customer cannot rotate, audit the use of, or revoke the key " +
		"that protects the data. A key in the customer's Key Vault lets access to the data be cut off by " +
		"disabling the key, and its use shows in the vault's logs.",
	Remediation: "Encrypt with a key from Key Vault:\n\n" +
		"    resource \"azurerm_storage_account_customer_managed_key\" \"sa\" {\n" +
		"      storage_account_id = azurerm_storage_account.sa.id\n      key_vault_id       = azurerm_key_vault.kv.id\n" +
		"      key_name           = azurerm_key_vault_key.sa.name\n    }\n\n" +
		"In an azapi_resource body: properties = { encryption = { keySource = \"Microsoft.Keyvault\", keyvaultproperties = {...} } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_customer_managed_key",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if v.ARM {
				if Account.Patched(p.Module, v, "properties.encryption.keySource") {
					continue
				}
				src := v.Attr("", "properties.encryption.keySource")
				s, ok := src.StringOr("Microsoft.Storage")
				if !ok || strings.EqualFold(s, "Microsoft.Keyvault") || src.Null() && v.Patch {
					continue
				}
				p.Reportf(src, "Storage account %s is encrypted with a Microsoft-managed key (key source %s)", v.R.Address, s)
				continue
			}
			if v.R.Block("customer_managed_key").Exists() {
				continue
			}
			keys, certain := companions(p.Module, v, "azurerm_storage_account_customer_managed_key")
			if len(keys) > 0 || !certain {
				continue
			}
			p.Reportf(v.R, "Storage account %s is encrypted with a Microsoft-managed key only", v.R.Address)
		}
	},
}
