package network

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NICPublicIP flags network interfaces with a public IP address: an
// ip_configuration block of azurerm_network_interface with
// public_ip_address_id set (absent means a private address only, azurerm
// v3 and v4), or an item of properties.ipConfigurations in ARM with
// properties.publicIPAddress. An unknown ID is judged only when it is
// computed from a public IP resource (azurerm_public_ip, or an AzAPI
// Microsoft.Network/publicIPAddresses); otherwise it may be null.
var NICPublicIP = &lint.Check{
	ID:       "azure-network-nic-no-public-ip",
	Title:    "Network interface has a public IP address",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "A public IP on a machine's network interface exposes it directly to the internet, where only its " +
		"NSG rules stand between every scanner and its services. Reaching machines through a load balancer, " +
		"Application Gateway, NAT gateway for egress, or Bastion for administration keeps them private.",
	Remediation: "Leave public_ip_address_id out and publish the service through a load balancer or gateway:\n\n" +
		"    ip_configuration {\n      name                          = \"internal\"\n" +
		"      subnet_id                     = azurerm_subnet.app.id\n      private_ip_address_allocation = \"Dynamic\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses",
		docRM + "network_interface#public_ip_address_id",
		docARM + "networkinterfaces",
	},
	Resources: NIC.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range NIC.Views(p) {
			if !v.ARM {
				for _, b := range v.R.Blocks("ip_configuration") {
					if a := b.Attr("public_ip_address_id"); publicIP(a) {
						p.Reportf(a, "Network interface %s has a public IP address", v.R.Address)
					}
				}
				continue
			}
			if NIC.Patched(p.Module, v, "properties.ipConfigurations") {
				continue
			}
			configs := v.Attr("", "properties.ipConfigurations")
			for _, c := range configs.Elements() {
				if publicIP(arm.Field(arm.Field(c, "properties"), "publicIPAddress")) {
					p.Reportf(configs, "Network interface %s has a public IP address", v.R.Address)
					break
				}
			}
		}
	},
}

// pip is a public IP address resource.
var pip = arm.Kind{AzureRM: []string{"azurerm_public_ip"}, ARM: "Microsoft.Network/publicIPAddresses"}

// publicIP says whether a (an ID, or an ARM reference object) names a
// public IP address: known and set, or unknown but computed from one.
func publicIP(a lint.Attr) bool {
	if a.Known() {
		return !a.Null()
	}
	if !a.Unknown() {
		return false
	}
	for _, r := range a.Refs() {
		if _, ok := pip.View(r); ok {
			return true
		}
	}
	return false
}
