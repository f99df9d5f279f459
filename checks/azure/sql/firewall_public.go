package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// FirewallPublic flags server firewall rules that admit the internet: a
// range of at least half the IPv4 space (0.0.0.0-255.255.255.255 and the
// like). start_ip_address and end_ip_address are required (azurerm v3 and
// v4); in ARM, properties.startIpAddress and endIpAddress have no default,
// so an absent one is not judged.
var FirewallPublic = &lint.Check{
	ID:       "azure-sql-firewall-public",
	Title:    "Azure SQL firewall rule admits the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A server-level firewall rule spanning the whole IPv4 space lets anyone on the internet reach the " +
		"database's login endpoint, leaving passwords as the only defence. Rules should name the few addresses " +
		"of the clients that connect.",
	Remediation: "Allow only known client addresses:\n\n" +
		"    resource \"azurerm_mssql_firewall_rule\" \"office\" {\n      start_ip_address = \"203.0.113.0\"\n" +
		"      end_ip_address   = \"203.0.113.255\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/firewall-configure",
		docRM + "mssql_firewall_rule",
		docARM + "/firewallrules",
	},
	Resources: FirewallRule.Types(),
	Run:       arm.PublicFirewall(FirewallRule, "Azure SQL firewall rule %[1]s admits the internet (%[2]s to %[3]s)"),
}
