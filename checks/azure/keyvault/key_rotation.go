package keyvault

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// KeyRotation flags keys that Key Vault does not rotate: no
// rotation_policy.automatic block on azurerm_key_vault_key (azurerm v3.43 on
// and v4; without it nothing rotates), and no lifetime action of type
// "Rotate" in properties.rotationPolicy.lifetimeActions of
// Microsoft.KeyVault/vaults/keys.
var KeyRotation = &lint.Check{
	ID:       "azure-keyvault-key-rotation",
	Title:    "Key vault key has no automatic rotation",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A key that is never rotated protects ever more data with the same material, so one leak or " +
		"cryptanalytic advance exposes all of it. A rotation policy makes Key Vault create a new version on a " +
		"schedule, which services using the versionless key pick up by themselves.",
	Remediation: "Rotate the key automatically:\n\n" +
		"    resource \"azurerm_key_vault_key\" \"k\" {\n      rotation_policy {\n        automatic {\n" +
		"          time_before_expiry = \"P30D\"\n        }\n        expire_after         = \"P1Y\"\n" +
		"        notify_before_expiry = \"P29D\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { rotationPolicy = { lifetimeActions = [{ action = { type = \"Rotate\" }, " +
		"trigger = { timeBeforeExpiry = \"P30D\" } }] } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation",
		docKey + "#rotation_policy",
		docKeyARM,
	},
	Resources: Key.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Key.Views(p) {
			if v.Patch || Key.Patched(p.Module, v, "properties.rotationPolicy") {
				continue
			}
			if !v.ARM {
				if v.R.Block("rotation_policy").Block("automatic").Exists() {
					continue
				}
				at := lint.Subject(v.R)
				if rp := v.R.Block("rotation_policy"); rp.Exists() {
					at = rp
				}
				p.Reportf(at, "Key vault key %s has no automatic rotation", v.R.Address)
				continue
			}
			actions := v.Attr("", "properties.rotationPolicy.lifetimeActions")
			if !actions.Known() || !actions.Null() && actions.Elements() == nil {
				continue
			}
			rotates := false
			for _, e := range actions.Elements() {
				t := arm.Field(arm.Field(e, "action"), "type")
				s, ok := t.StringOr("")
				if !ok || strings.EqualFold(s, "Rotate") {
					rotates = true
					break
				}
			}
			if !rotates {
				p.Reportf(actions, "Key vault key %s has no automatic rotation (no Rotate lifetime action)", v.R.Address)
			}
		}
	},
}
