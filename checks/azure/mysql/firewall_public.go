package mysql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// FirewallPublic flags firewall rules of single and flexible servers that
// admit the internet (at least half of IPv4). start_ip_address and
// end_ip_address are required (azurerm v3 and v4); absent ARM properties are
// not judged.
var FirewallPublic = &lint.Check{
	ID:       "azure-mysql-firewall-public",
	Title:    "MySQL firewall rule admits the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A firewall rule over the whole IPv4 space exposes the server's login to every host on the internet, " +
		"leaving passwords as the only defence against brute force and leaked credentials.",
	Remediation: "Allow only known client addresses:\n\n" +
		"    resource \"azurerm_mysql_flexible_server_firewall_rule\" \"office\" {\n" +
		"      start_ip_address = \"203.0.113.0\"\n      end_ip_address   = \"203.0.113.255\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/mysql/flexible-server/concepts-firewall-rules",
		docRM + "mysql_flexible_server_firewall_rule",
		docARM + "flexibleservers/firewallrules",
	},
	Resources: arm.TypesOf(SingleFirewall, FlexibleFirewall),
	Run:       servers.PublicFirewall(),
}
