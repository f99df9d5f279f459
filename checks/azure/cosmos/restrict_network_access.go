package cosmos

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// RestrictNetworkAccess flags accounts that accept connections from any
// network: public network access on (public_network_access_enabled, default
// true in azurerm v3 and v4; properties.publicNetworkAccess, "Enabled" when
// absent), no IP rule (ip_range_filter, empty by default;
// properties.ipRules) and no virtual network filter
// (is_virtual_network_filter_enabled, default false;
// properties.isVirtualNetworkFilterEnabled, false when absent). An IP rule
// that admits the internet (0.0.0.0/0) restricts nothing.
var RestrictNetworkAccess = &lint.Check{
	ID:       "azure-cosmos-restrict-network-access",
	Title:    "Cosmos DB account is reachable from any network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Without an IP or virtual network filter, and with public access on, the account endpoint " +
		"accepts requests from anywhere on the internet, so a leaked key or token works from any network. " +
		"Filtering to known ranges and subnets, or disabling public access for private endpoints, removes that.",
	Remediation: "Restrict the account to chosen networks:\n\n" +
		"    resource \"azurerm_cosmosdb_account\" \"db\" {\n      is_virtual_network_filter_enabled = true\n" +
		"      ip_range_filter                   = [\"203.0.113.0/24\"]\n      virtual_network_rule {\n" +
		"        id = azurerm_subnet.app.id\n      }\n    }\n\n" +
		"or set public_network_access_enabled = false and use private endpoints. In an azapi_resource body: " +
		"properties = { publicNetworkAccess = \"Disabled\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall",
		docAccount + "#ip_range_filter",
		docAccountARM,
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if v.Patch || Account.Patched(p.Module, v, "properties.publicNetworkAccess") ||
				Account.Patched(p.Module, v, "properties.ipRules") ||
				Account.Patched(p.Module, v, "properties.isVirtualNetworkFilterEnabled") {
				continue
			}
			pna := v.Attr("public_network_access_enabled", "properties.publicNetworkAccess")
			if v.ARM {
				s, ok := pna.StringOr("Enabled")
				if !ok || !strings.EqualFold(s, "Enabled") {
					continue
				}
			} else if on, ok := pna.BoolOr(true); !ok || !on {
				continue
			}
			vnet := v.Attr("is_virtual_network_filter_enabled", "properties.isVirtualNetworkFilterEnabled")
			if on, ok := vnet.BoolOr(false); !ok || on {
				continue
			}
			open, ok := ipOpen(v)
			if !ok || !open {
				continue
			}
			p.Reportf(v.R, "Cosmos DB account %s accepts connections from any network: public access on, no IP rule "+
				"restricting it and no virtual network filter", v.R.Address)
		}
	},
}

// ipOpen says whether the IP filter of the account admits every network:
// it is empty or holds a public range. ok is false when it is unknown.
func ipOpen(v arm.View) (open, ok bool) {
	var ranges []string
	if v.ARM {
		rules := v.Attr("", "properties.ipRules")
		if rules.Unknown() {
			return false, false
		}
		for _, r := range rules.Elements() {
			a := arm.Field(r, "ipAddressOrRange")
			s, known := a.StringOr("")
			if !known {
				return false, false
			}
			ranges = append(ranges, s)
		}
	} else {
		f := v.R.Attr("ip_range_filter")
		if f.Unknown() {
			return false, false
		}
		if s, isString := f.StringOr(""); isString && !f.Null() {
			// azurerm v3: one comma-separated string.
			ranges = strings.Split(s, ",")
		} else {
			ranges = f.Strings()
		}
	}
	restricting := 0
	for _, r := range ranges {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		if !strings.Contains(r, "/") {
			r += "/32"
		}
		if netrange.Public(r) {
			return true, true
		}
		restricting++
	}
	return restricting == 0, true
}
