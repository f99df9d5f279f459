package network

import (
	"maps"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// otherAdmin are the remote administration ports other than SSH and RDP,
// which have checks of their own: Telnet, VNC, WinRM and the Docker API.
var otherAdmin = func() map[int64]string {
	m := maps.Clone(netrange.Admin)
	delete(m, 22)
	delete(m, 3389)
	return m
}()

// NoPublicRemoteAdmin flags NSG rules that allow inbound traffic from the
// internet to a remote administration port other than SSH and RDP: Telnet
// 23, VNC 5900, WinRM 5985/5986, the Docker API 2375/2376 — whatever their
// priority, as the other NSG rule checks. A range of every port is left to
// azure-network-no-public-all-ports. No default is relied on (azurerm v3,
// v4, ARM).
var NoPublicRemoteAdmin = &lint.Check{
	ID:       "azure-network-no-public-remote-admin",
	Title:    "NSG rule allows a remote administration port from the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Telnet sends passwords in clear, VNC is often protected by a short password or none, WinRM " +
		"gives a remote shell, and an exposed Docker API hands out root on the host to anyone who connects. " +
		"These services must never be reachable from any address on the internet.",
	Remediation: "Admit administration ports only from a management range or through Bastion or a VPN:\n\n" +
		"    security_rule {\n      name                       = \"winrm-admin\"\n      direction                  = \"Inbound\"\n" +
		"      access                     = \"Allow\"\n      protocol                   = \"Tcp\"\n" +
		"      source_address_prefix      = \"10.10.0.0/24\"\n      destination_port_range     = \"5986\"\n      # ...\n    }",
	Links:     nsgLinks,
	Resources: nsgTypes,
	Run: func(p *lint.Pass) {
		reportPublic(p, false, func(ps netrange.Ports) bool { return len(ps.Named(otherAdmin)) > 0 },
			otherAdmin, "remote administration")
	},
}
