package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicSSH flags NSG rules that allow inbound TCP or any-protocol traffic
// from the internet (Internet, *, 0.0.0.0/0...) to port 22, whatever their
// priority: a range ("20-25") or list item that covers 22 counts; a range
// of every port is left to azure-network-no-public-all-ports. The rule's
// direction, access, protocol and ports are required in azurerm v3 and v4
// and in ARM, so no default is relied on.
var NoPublicSSH = &lint.Check{
	ID:       "azure-network-no-public-ssh",
	Title:    "NSG rule allows SSH from the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "SSH open to the whole internet is found by scanners within minutes and attacked with stolen " +
		"keys, password guessing and server exploits. A rule of higher priority may deny it today, but the " +
		"allow rule stays one edit away from exposing every machine behind the group.",
	Remediation: "Admit SSH only from known ranges, or use Azure Bastion or just-in-time access:\n\n" +
		"    security_rule {\n      name                       = \"ssh-admin\"\n      direction                  = \"Inbound\"\n" +
		"      access                     = \"Allow\"\n      protocol                   = \"Tcp\"\n" +
		"      source_address_prefix      = \"10.10.0.0/24\"\n      source_port_range          = \"*\"\n" +
		"      destination_port_range     = \"22\"\n      destination_address_prefix = \"*\"\n      priority = 100\n    }",
	Links:     append([]string{"https://learn.microsoft.com/azure/security/fundamentals/network-best-practices"}, nsgLinks...),
	Resources: nsgTypes,
	Run: func(p *lint.Pass) {
		reportPublic(p, false, func(ps netrange.Ports) bool { return ps.Covers(22) }, netrange.Admin, "SSH")
	},
}
