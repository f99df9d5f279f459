package storage

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// RestrictNetworkAccess flags storage accounts reachable from any network.
// An account is restricted when public network access is off
// (public_network_access_enabled, default true in azurerm v3 and v4;
// properties.publicNetworkAccess "Disabled" or "SecuredByPerimeter") or when
// its firewall denies by default: the inline network_rules block, an
// azurerm_storage_account_network_rules companion, or
// properties.networkAcls.defaultAction, which ARM reads as Allow when absent.
var RestrictNetworkAccess = &lint.Check{
	ID:       "azure-storage-restrict-network-access",
	Title:    "Storage account is reachable from any network",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.SaaS,
	Description: "By default a storage account accepts connections from every network on the internet, so a leaked " +
		"key or SAS, or a public container, can be used from anywhere. Disabling public network access, or " +
		"denying by default and allowing only chosen networks and private endpoints, keeps stolen credentials " +
		"from being useful elsewhere.",
	Remediation: "Deny by default and allow what needs access:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      network_rules {\n        default_action = \"Deny\"\n" +
		"        bypass         = [\"AzureServices\"]\n        virtual_network_subnet_ids = [azurerm_subnet.app.id]\n      }\n    }\n\n" +
		"or set public_network_access_enabled = false and use private endpoints. In an azapi_resource body: " +
		"properties = { publicNetworkAccess = \"Disabled\" } or networkAcls = { defaultAction = \"Deny\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/storage-network-security",
		docAccount + "#network_rules",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if Account.Patched(p.Module, v, "properties.publicNetworkAccess") ||
				Account.Patched(p.Module, v, "properties.networkAcls") {
				continue
			}
			if v.ARM {
				armNetwork(p, v)
				continue
			}
			pna := v.Attr("public_network_access_enabled", "")
			if on, ok := pna.BoolOr(true); !ok || !on {
				continue
			}
			if rules := v.R.Block("network_rules"); rules.Exists() {
				da := rules.Attr("default_action")
				if s, ok := da.StringOr("Allow"); ok && !strings.EqualFold(s, "Deny") {
					p.Reportf(da, "Storage account %s allows access from any network (network_rules default_action is %s)", v.R.Address, da.Display())
				}
				continue
			}
			rules, certain := companions(p.Module, v, "azurerm_storage_account_network_rules")
			if !certain {
				continue
			}
			var allow []lint.Attr
			for _, c := range rules {
				da := c.Attr("default_action")
				s, ok := da.StringOr("Allow")
				if !ok || strings.EqualFold(s, "Deny") {
					allow = nil
					break
				}
				allow = append(allow, da)
			}
			switch {
			case len(allow) > 0:
				p.Reportf(allow[0], "Storage account %s allows access from any network (default_action is %s)", v.R.Address, allow[0].Display()).
					Relate(v.R, "the storage account")
			case len(rules) == 0 && pna.Set:
				p.Reportf(pna, "Storage account %s allows public network access and has no network rules", v.R.Address)
			case len(rules) == 0:
				p.Reportf(v.R, "Storage account %s allows access from any network: no network rules and public network access on", v.R.Address)
			}
		}
	},
}

// armNetwork judges an account in the AzAPI form.
func armNetwork(p *lint.Pass, v arm.View) {
	pna := v.Attr("", "properties.publicNetworkAccess")
	s, ok := pna.StringOr("")
	if !ok || strings.EqualFold(s, "Disabled") || strings.EqualFold(s, "SecuredByPerimeter") {
		return
	}
	da := v.Attr("", "properties.networkAcls.defaultAction")
	d, ok := da.StringOr("")
	if !ok || strings.EqualFold(d, "Deny") {
		return
	}
	switch {
	case da.Set:
		p.Reportf(da, "Storage account %s allows access from any network (networkAcls defaultAction is %s)", v.R.Address, da.Display())
	case v.Patch:
	case pna.Set:
		p.Reportf(pna, "Storage account %s allows public network access (%s) and its network ACLs allow by default", v.R.Address, pna.Display())
	default:
		p.Reportf(da, "Storage account %s allows access from any network: no networkAcls defaultAction and public network access not disabled", v.R.Address)
	}
}
