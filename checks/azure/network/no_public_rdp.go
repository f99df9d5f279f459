package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicRDP flags NSG rules that allow inbound TCP or any-protocol traffic
// from the internet to port 3389, whatever their priority, as
// azure-network-no-public-ssh does for port 22. No default is relied on
// (azurerm v3, v4, ARM).
var NoPublicRDP = &lint.Check{
	ID:       "azure-network-no-public-rdp",
	Title:    "NSG rule allows RDP from the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Remote Desktop exposed to the internet is one of the most common ways into Windows machines: " +
		"it is brute-forced constantly and has had pre-authentication exploits. Administration should come " +
		"through Bastion, a VPN or just-in-time access, never from any address.",
	Remediation: "Admit RDP only from a management range, or remove the rule and use Azure Bastion:\n\n" +
		"    resource \"azurerm_network_security_rule\" \"rdp\" {\n      direction              = \"Inbound\"\n" +
		"      access                 = \"Allow\"\n      protocol               = \"Tcp\"\n" +
		"      source_address_prefix  = \"10.20.0.0/24\"\n      destination_port_range = \"3389\"\n      # ...\n    }",
	Links:     append([]string{"https://learn.microsoft.com/azure/bastion/bastion-overview"}, nsgLinks...),
	Resources: nsgTypes,
	Run: func(p *lint.Pass) {
		reportPublic(p, false, func(ps netrange.Ports) bool { return ps.Covers(3389) }, netrange.Admin, "RDP")
	},
}
