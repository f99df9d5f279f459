package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAllPorts flags NSG rules that allow inbound traffic from the
// internet to every port ("*", "0-65535" or "1-65535"), whatever their
// priority. No default is relied on (azurerm v3, v4, ARM).
var NoPublicAllPorts = &lint.Check{
	ID:       "azure-network-no-public-all-ports",
	Title:    "NSG rule allows every port from the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "A rule that admits any address to every port removes the network security group's protection " +
		"altogether: every service listening on the machines behind it, including administration and " +
		"database ports and anything started later, is exposed to the internet.",
	Remediation: "Allow only the ports the service needs, from the sources that need them:\n\n" +
		"    security_rule {\n      name                       = \"https\"\n      direction                  = \"Inbound\"\n" +
		"      access                     = \"Allow\"\n      protocol                   = \"Tcp\"\n" +
		"      source_address_prefix      = \"Internet\"\n      destination_port_range     = \"443\"\n      # ...\n    }",
	Links:     nsgLinks,
	Resources: nsgTypes,
	Run: func(p *lint.Pass) {
		reportPublic(p, true, func(netrange.Ports) bool { return true }, nil, "every port")
	},
}
