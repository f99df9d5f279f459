// Package sql holds the checks for Azure SQL logical servers, their firewall
// rules and their security and auditing settings, in both forms (azurerm and
// AzAPI, see checks/azure/arm).
package sql

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Server is a logical server: azurerm_mssql_server, or the legacy
	// azurerm_sql_server (azurerm v3 only).
	Server = arm.Kind{AzureRM: []string{"azurerm_mssql_server", "azurerm_sql_server"}, ARM: "Microsoft.Sql/servers"}
	// MSSQLServer is a logical server of the current azurerm type only, for
	// arguments the legacy type lacks.
	MSSQLServer = arm.Kind{AzureRM: []string{"azurerm_mssql_server"}, ARM: "Microsoft.Sql/servers"}
	// FirewallRule is a server-level firewall rule.
	FirewallRule = arm.Kind{AzureRM: []string{"azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule"}, ARM: "Microsoft.Sql/servers/firewallRules"}
	// AlertSettings is the Advanced Threat Protection (security alert) policy
	// of a server.
	AlertSettings = arm.Kind{AzureRM: []string{"azurerm_mssql_server_security_alert_policy"}, ARM: "Microsoft.Sql/servers/securityAlertPolicies"}
	// Auditing is the (extended) auditing policy of a server.
	Auditing = arm.Kind{AzureRM: []string{"azurerm_mssql_server_extended_auditing_policy"}, ARM: "Microsoft.Sql/servers/auditingSettings"}
)

const (
	docRM     = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/"
	docServer = docRM + "mssql_server"
	docARM    = "https://learn.microsoft.com/azure/templates/microsoft.sql/servers"
)
