package network

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// noNSGSubnets are the subnets whose service Azure does not let an NSG
// filter, or that need none: the gateway, firewall, firewall management,
// Bastion and Route Server subnets (compared without regard to case).
var noNSGSubnets = []string{"gatewaysubnet", "azurefirewallsubnet", "azurefirewallmanagementsubnet",
	"azurebastionsubnet", "routeserversubnet"}

// SubnetNSG flags subnets with no network security group: an azurerm_subnet
// that no azurerm_subnet_network_security_group_association names (by
// reference, or by a literal ID that ends with its name), an inline subnet
// block of azurerm_virtual_network without security_group, and in ARM a
// subnet (a virtualNetworks/subnets child, or an item of a virtual
// network's properties.subnets) without properties.networkSecurityGroup. A
// subnet is without an NSG unless one is associated, in azurerm v3 and v4
// and in ARM. Subnets of the names in noNSGSubnets are skipped, and so is a
// subnet whose name is unknown or that an association of unknown target may
// name.
var SubnetNSG = &lint.Check{
	ID:       "azure-network-subnet-nsg",
	Title:    "Subnet has no network security group",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Without a network security group every machine and service in the subnet accepts traffic from " +
		"anything that can route to it: the rest of the virtual network, peered networks and on-premises " +
		"ranges. An NSG on the subnet is the baseline that segments the network and stops lateral movement.",
	Remediation: "Associate an NSG with the subnet:\n\n" +
		"    resource \"azurerm_subnet_network_security_group_association\" \"app\" {\n" +
		"      subnet_id                 = azurerm_subnet.app.id\n" +
		"      network_security_group_id = azurerm_network_security_group.app.id\n    }\n\n" +
		"In an azapi_resource body: properties.networkSecurityGroup = { id = azapi_resource.nsg.id }.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works",
		docRM + "subnet_network_security_group_association",
		docRM + "virtual_network#security_group",
		docARM + "virtualnetworks/subnets",
	},
	Resources: append(Subnet.Types(), "azurerm_virtual_network", "azurerm_subnet_network_security_group_association"),
	Run: func(p *lint.Pass) {
		assocs := SubnetAssoc.In(p.Module)
		for _, v := range Subnet.Views(p) {
			if v.Patch || !needsNSG(v.R.Attr("name")) || Subnet.Patched(p.Module, v, "properties.networkSecurityGroup") {
				continue
			}
			if v.ARM {
				if a := v.Attr("", "properties.networkSecurityGroup"); a.Null() {
					p.Reportf(a, "Subnet %s has no network security group", v.R.Address)
				}
				continue
			}
			linked, certain := arm.Linked(assocs, func(a arm.View) lint.Link { return Subnet.Link(v, a.R.Attr("subnet_id")) })
			if certain && len(linked) == 0 {
				p.Reportf(v.R, "Subnet %s has no network security group association", v.R.Address)
			}
		}
		for _, v := range VNet.Views(p) {
			if v.Patch {
				continue
			}
			if !v.ARM {
				for _, b := range v.R.Blocks("subnet") {
					if needsNSG(b.Attr("name")) && b.Attr("security_group").Null() {
						p.Reportf(b, "Subnet %s of %s has no network security group", label(b.Attr("name")), v.R.Address)
					}
				}
				continue
			}
			if VNet.Patched(p.Module, v, "properties.subnets") {
				continue
			}
			subnets := v.Attr("", "properties.subnets")
			for _, s := range subnets.Elements() {
				name := arm.Field(s, "name")
				if needsNSG(name) && arm.Field(arm.Field(s, "properties"), "networkSecurityGroup").Null() {
					p.Reportf(subnets, "Subnet %s of %s has no network security group", label(name), v.R.Address)
				}
			}
		}
	},
}

// needsNSG says whether a subnet of that name is judged: a known name that
// is not one of noNSGSubnets.
func needsNSG(name lint.Attr) bool {
	s, ok := name.StringOr("")
	return ok && !name.Null() && s != "" && !slices.Contains(noNSGSubnets, strings.ToLower(s))
}

// label quotes a known name for a message.
func label(name lint.Attr) string {
	s, _ := name.StringOr("")
	return "\"" + s + "\""
}
