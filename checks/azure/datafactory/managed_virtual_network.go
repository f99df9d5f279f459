package datafactory

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// ManagedVNet is the managed virtual network of a factory (its one child,
// "default"), which ARM creates as a child resource rather than a property.
var ManagedVNet = arm.Kind{ARM: "Microsoft.DataFactory/factories/managedVirtualNetworks"}

// ManagedVirtualNetwork flags factories whose Azure integration runtime runs
// outside a managed virtual network. azurerm: managed_virtual_network_enabled,
// default false in azurerm v3 and v4. ARM: a
// Microsoft.DataFactory/factories/managedVirtualNetworks child whose
// parent_id names the factory; a factory with none is a finding, unless some
// child's parent cannot be known. A child created with azapi also counts for
// an azurerm factory.
var ManagedVirtualNetwork = &lint.Check{
	ID:       "azure-datafactory-managed-virtual-network",
	Title:    "Data factory runs its integration runtime outside a managed virtual network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Outside a managed virtual network, the Azure integration runtime reaches data stores over their " +
		"public endpoints, so those stores must accept traffic from shared Azure addresses. A managed virtual " +
		"network isolates the runtime and lets it reach stores through managed private endpoints only.",
	Remediation: "Run the integration runtime in a managed virtual network:\n\n" +
		"    resource \"azurerm_data_factory\" \"adf\" {\n      managed_virtual_network_enabled = true\n    }\n\n" +
		"With azapi: a Microsoft.DataFactory/factories/managedVirtualNetworks resource named \"default\" whose " +
		"parent_id is the factory.",
	Links: []string{
		"https://learn.microsoft.com/azure/data-factory/managed-virtual-network-private-endpoint",
		docRM + "#managed_virtual_network_enabled",
		"https://learn.microsoft.com/azure/templates/microsoft.datafactory/factories/managedvirtualnetworks",
	},
	Resources: append(Factory.Types(), ManagedVNet.Types()...),
	Run: func(p *lint.Pass) {
		for _, v := range Factory.Views(p) {
			if v.Patch {
				continue
			}
			at := v.Attr("managed_virtual_network_enabled", "")
			if !v.ARM {
				on, ok := at.BoolOr(false)
				if !ok || on {
					continue
				}
			}
			kids, certain := Factory.Children(p.Module, v, ManagedVNet, "")
			if len(kids) > 0 || !certain {
				continue
			}
			if v.ARM {
				p.Reportf(v.R, "Data factory %s has no managed virtual network (no managedVirtualNetworks child)", v.R.Address)
				continue
			}
			p.Reportf(at, "Data factory %s has no managed virtual network (managed_virtual_network_enabled is %s)", v.R.Address, display(at))
		}
	},
}

func display(a lint.Attr) string {
	if a.Null() {
		return "not set"
	}
	return a.Display()
}
