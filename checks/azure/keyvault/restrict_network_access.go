package keyvault

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// RestrictNetworkAccess flags key vaults reachable from any network: public
// network access on (public_network_access_enabled, default true in azurerm
// v3 and v4; properties.publicNetworkAccess, "Enabled" when absent) and a
// firewall that allows by default (network_acls.default_action, required in
// its block; properties.networkAcls.defaultAction, Allow when absent).
var RestrictNetworkAccess = &lint.Check{
	ID:       "azure-keyvault-restrict-network-access",
	Title:    "Key vault is reachable from any network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.SaaS,
	Description: "A vault open to every network lets a stolen token or service principal secret read keys and " +
		"secrets from anywhere on the internet. Denying by default and allowing only chosen networks and " +
		"private endpoints makes such credentials useless outside them.",
	Remediation: "Deny by default:\n\n" +
		"    resource \"azurerm_key_vault\" \"kv\" {\n      network_acls {\n        default_action = \"Deny\"\n" +
		"        bypass         = \"AzureServices\"\n        ip_rules       = [\"203.0.113.0/24\"]\n      }\n    }\n\n" +
		"or set public_network_access_enabled = false and use private endpoints. In an azapi_resource body: " +
		"properties = { networkAcls = { defaultAction = \"Deny\", bypass = \"AzureServices\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/general/network-security",
		docVault + "#network_acls",
		docVaultARM,
	},
	Resources: Vault.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Vault.Views(p) {
			if Vault.Patched(p.Module, v, "properties.publicNetworkAccess") || Vault.Patched(p.Module, v, "properties.networkAcls.defaultAction") {
				continue
			}
			pna := v.Attr("public_network_access_enabled", "properties.publicNetworkAccess")
			if v.ARM {
				s, ok := pna.StringOr("Enabled")
				if !ok || strings.EqualFold(s, "Disabled") || strings.EqualFold(s, "SecuredByPerimeter") {
					continue
				}
			} else if on, ok := pna.BoolOr(true); !ok || !on {
				continue
			}
			da := v.Attr("network_acls.default_action", "properties.networkAcls.defaultAction")
			d, ok := da.StringOr("Allow")
			switch {
			case !ok || strings.EqualFold(d, "Deny"):
			case da.Set:
				p.Reportf(da, "Key vault %s allows access from any network (default action %s)", v.R.Address, da.Display())
			case v.Patch:
			case !v.ARM:
				p.Reportf(v.R, "Key vault %s allows access from any network: no network_acls and public network access on", v.R.Address)
			default:
				p.Reportf(da, "Key vault %s allows access from any network: no networkAcls defaultAction Deny and public network access not disabled", v.R.Address)
			}
		}
	},
}
