package keyvault

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// HSMKeys flags software-protected keys: key_type "RSA" or "EC" on
// azurerm_key_vault_key (required, no default) and properties.kty of
// Microsoft.KeyVault/vaults/keys (required on create). Keys of type "oct"
// and "oct-HSM" belong to Managed HSM and are left out, as are values the
// configuration does not show.
var HSMKeys = &lint.Check{
	ID:       "azure-keyvault-hsm-keys",
	Title:    "Key vault key is software-protected",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A software-protected key is processed in the Key Vault service's memory, while an HSM-backed " +
		"key never leaves a FIPS 140 validated hardware module. Regulations and internal policies often require " +
		"keys that protect sensitive data to be held in hardware; HSM-backed keys need a Premium vault.",
	Remediation: "Create the key as RSA-HSM or EC-HSM in a Premium vault:\n\n" +
		"    resource \"azurerm_key_vault_key\" \"k\" {\n      key_type = \"RSA-HSM\"\n    }\n\n" +
		"In an azapi_resource body: properties = { kty = \"RSA-HSM\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/keys/about-keys",
		docKey + "#key_type",
		docKeyARM,
	},
	Resources: Key.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Key.Views(p) {
			kty := v.Attr("key_type", "properties.kty")
			s, ok := kty.StringOr("")
			if !ok || kty.Null() {
				continue
			}
			if strings.EqualFold(s, "RSA") || strings.EqualFold(s, "EC") {
				p.Reportf(kty, "Key vault key %s is software-protected (%s): use %s-HSM", v.R.Address, s, strings.ToUpper(s))
			}
		}
	},
}
