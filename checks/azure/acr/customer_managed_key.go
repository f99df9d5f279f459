package acr

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// CustomerManagedKey flags registries whose images are encrypted only with
// Microsoft-managed keys. azurerm: an encryption block with a
// key_vault_key_id (v3 also has encryption.enabled, default false, which must
// not be false); no block means Microsoft-managed keys in v3 and v4. ARM:
// properties.encryption.status must be "enabled"; absent means disabled.
// Customer-managed keys need the Premium SKU.
var CustomerManagedKey = &lint.Check{
	ID:       "azure-acr-customer-managed-key",
	Title:    "Container registry is not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Registries are always encrypted at rest, by default with keys Microsoft manages. A key of your " +
		"own in Key Vault lets you revoke access to the stored images and audit every use of the key, which some " +
		"compliance regimes require.",
	Remediation: "Encrypt with a Key Vault key through a user-assigned identity (Premium SKU):\n\n" +
		"    resource \"azurerm_container_registry\" \"acr\" {\n      sku = \"Premium\"\n      encryption {\n" +
		"        key_vault_key_id   = azurerm_key_vault_key.acr.id\n        identity_client_id = azurerm_user_assigned_identity.acr.client_id\n" +
		"      }\n    }\n\n" +
		"In an azapi_resource body: properties = { encryption = { status = \"enabled\", keyVaultProperties = { ... } } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys",
		docRegistry + "#encryption",
		docARM,
	},
	Resources: Registry.Types(),
	Run: func(p *lint.Pass) {
		// The AzAPI form is a plain enumeration; the azurerm argument "" is
		// never set and has no default, so the shape reads AzAPI views only.
		armStatus(p)
		for _, v := range Registry.Views(p) {
			if v.ARM {
				continue
			}
			enc := v.R.Block("encryption")
			if !enc.Exists() {
				p.Reportf(v.R, "Container registry %s has no encryption block: images are encrypted with Microsoft-managed keys", v.R.Address)
				continue
			}
			if on := enc.Attr("enabled"); on.Set {
				if b, ok := on.BoolOr(true); ok && !b {
					p.Reportf(on, "Container registry %s has customer-managed key encryption turned off", v.R.Address)
					continue
				}
			}
			if k := enc.Attr("key_vault_key_id"); k.Null() {
				p.Reportf(enc, "Container registry %s has an encryption block without a key_vault_key_id", v.R.Address)
			}
		}
	},
}

var armStatus = arm.OneOf(Registry, "", "properties.encryption.status", []string{"enabled"},
	arm.Default{ARM: "disabled"},
	"Container registry %[1]s is not encrypted with a customer-managed key (encryption status %[2]s)")
