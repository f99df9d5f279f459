package synapse

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// ManagedVirtualNetwork flags workspaces created without a managed virtual
// network. It reads managed_virtual_network_enabled, default false in
// azurerm v3 and v4, and properties.managedVirtualNetwork of
// Microsoft.Synapse/workspaces, which must be "default"; absent means none.
// The setting is fixed at creation, so a patch is never judged.
var ManagedVirtualNetwork = &lint.Check{
	ID:       "azure-synapse-managed-virtual-network",
	Title:    "Synapse workspace has no managed virtual network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Without a managed virtual network, Spark pools and integration runtimes share networks with other " +
		"customers and reach data over public endpoints. A managed virtual network isolates the workspace's " +
		"compute and enables managed private endpoints and data exfiltration protection.",
	Remediation: "Create the workspace with a managed virtual network:\n\n" +
		"    resource \"azurerm_synapse_workspace\" \"ws\" {\n      managed_virtual_network_enabled = true\n    }\n\n" +
		"In an azapi_resource body: properties = { managedVirtualNetwork = \"default\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-managed-vnet",
		docRM + "#managed_virtual_network_enabled",
		docARM,
	},
	Resources: Workspace.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Workspace.Views(p) {
			if v.Patch {
				continue
			}
			a := v.Attr("managed_virtual_network_enabled", "properties.managedVirtualNetwork")
			if on, ok := managedVNet(v.ARM, a); ok && !on {
				shown := "not set"
				if !a.Null() {
					shown = a.Display()
				}
				p.Reportf(a, "Synapse workspace %s has no managed virtual network (%s)", v.R.Address, shown)
			}
		}
	},
}

// managedVNet reads the managed virtual network setting in its form.
func managedVNet(isARM bool, a lint.Attr) (on, ok bool) {
	if !isARM {
		return a.BoolOr(false)
	}
	s, ok := a.StringOr("")
	return strings.EqualFold(s, "default"), ok
}
