// Package postgres holds the checks for Azure Database for PostgreSQL, single
// servers (retired, azurerm v3 only) and flexible servers, with their
// firewall rules and server parameters, in both forms (azurerm and AzAPI,
// see checks/azure/arm).
package postgres

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Single is a single server.
	Single = arm.Kind{AzureRM: []string{"azurerm_postgresql_server"}, ARM: "Microsoft.DBforPostgreSQL/servers"}
	// Flexible is a flexible server.
	Flexible = arm.Kind{AzureRM: []string{"azurerm_postgresql_flexible_server"}, ARM: "Microsoft.DBforPostgreSQL/flexibleServers"}
	// SingleFirewall and FlexibleFirewall are their firewall rules.
	SingleFirewall   = arm.Kind{AzureRM: []string{"azurerm_postgresql_firewall_rule"}, ARM: "Microsoft.DBforPostgreSQL/servers/firewallRules"}
	FlexibleFirewall = arm.Kind{AzureRM: []string{"azurerm_postgresql_flexible_server_firewall_rule"}, ARM: "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules"}
	// SingleParameter and FlexibleParameter are their server parameters.
	SingleParameter   = arm.Kind{AzureRM: []string{"azurerm_postgresql_configuration"}, ARM: "Microsoft.DBforPostgreSQL/servers/configurations"}
	FlexibleParameter = arm.Kind{AzureRM: []string{"azurerm_postgresql_flexible_server_configuration"}, ARM: "Microsoft.DBforPostgreSQL/flexibleServers/configurations"}
)

const (
	docRM       = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/"
	docSingle   = docRM + "postgresql_server"
	docFlexible = docRM + "postgresql_flexible_server"
	docARM      = "https://learn.microsoft.com/azure/templates/microsoft.dbforpostgresql/"
)

// servers is the PostgreSQL family, for the checks it shares with the other
// Azure Database family (see arm.Servers).
var servers = arm.Servers{Product: "PostgreSQL", Single: Single, Flexible: Flexible, SingleFirewall: SingleFirewall, FlexibleFirewall: FlexibleFirewall}
