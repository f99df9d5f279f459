package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicDatabasePorts flags NSG rules that allow inbound traffic from the
// internet to a database or cache port (netrange.Database: 1433, 1521,
// 3306, 5432, 6379, 27017...), whatever their priority. A range of every
// port is left to azure-network-no-public-all-ports. No default is relied
// on (azurerm v3, v4, ARM).
var NoPublicDatabasePorts = &lint.Check{
	ID:       "azure-network-no-public-database-ports",
	Title:    "NSG rule allows a database port from the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Databases and caches reachable from any address are found by internet-wide scans and attacked " +
		"with default credentials, password guessing and engine exploits; Redis, MongoDB and Memcached have " +
		"often run with no authentication at all. Only the application tier should reach them.",
	Remediation: "Admit the database port only from the application subnet or an application security group:\n\n" +
		"    security_rule {\n      name                       = \"sql-from-app\"\n      direction                  = \"Inbound\"\n" +
		"      access                     = \"Allow\"\n      protocol                   = \"Tcp\"\n" +
		"      source_address_prefix      = \"10.0.1.0/24\"\n      destination_port_range     = \"1433\"\n      # ...\n    }",
	Links:     nsgLinks,
	Resources: nsgTypes,
	Run: func(p *lint.Pass) {
		reportPublic(p, false, func(ps netrange.Ports) bool { return len(ps.Named(netrange.Database)) > 0 },
			netrange.Database, "a database port")
	},
}
