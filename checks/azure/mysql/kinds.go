// Package mysql holds the checks for Azure Database for MySQL, single
// servers (retired, azurerm v3 only) and flexible servers, with their
// firewall rules and server parameters, in both forms (azurerm and AzAPI,
// see checks/azure/arm).
package mysql

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Single is a single server.
	Single = arm.Kind{AzureRM: []string{"azurerm_mysql_server"}, ARM: "Microsoft.DBforMySQL/servers"}
	// Flexible is a flexible server.
	Flexible = arm.Kind{AzureRM: []string{"azurerm_mysql_flexible_server"}, ARM: "Microsoft.DBforMySQL/flexibleServers"}
	// SingleFirewall and FlexibleFirewall are their firewall rules.
	SingleFirewall   = arm.Kind{AzureRM: []string{"azurerm_mysql_firewall_rule"}, ARM: "Microsoft.DBforMySQL/servers/firewallRules"}
	FlexibleFirewall = arm.Kind{AzureRM: []string{"azurerm_mysql_flexible_server_firewall_rule"}, ARM: "Microsoft.DBforMySQL/flexibleServers/firewallRules"}
	// FlexibleParameter is a server parameter of a flexible server.
	FlexibleParameter = arm.Kind{AzureRM: []string{"azurerm_mysql_flexible_server_configuration"}, ARM: "Microsoft.DBforMySQL/flexibleServers/configurations"}
)

const (
	docRM       = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/"
	docSingle   = docRM + "mysql_server"
	docFlexible = docRM + "mysql_flexible_server"
	docARM      = "https://learn.microsoft.com/azure/templates/microsoft.dbformysql/"
)

// servers is the MySQL family, for the checks it shares with the other
// Azure Database family (see arm.Servers).
var servers = arm.Servers{Product: "MySQL", Single: Single, Flexible: Flexible, SingleFirewall: SingleFirewall, FlexibleFirewall: FlexibleFirewall}
