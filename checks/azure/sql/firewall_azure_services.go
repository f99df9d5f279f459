package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// FirewallAzureServices flags the special rule 0.0.0.0-0.0.0.0, "Allow Azure
// services and resources to access this server". It admits no internet
// address as such, so it is not judged as public (azure-sql-firewall-public)
// but apart and at a lower severity: it admits every Azure resource of every
// customer, which is far wider than the services the owner means.
var FirewallAzureServices = &lint.Check{
	ID:       "azure-sql-firewall-azure-services",
	Title:    "Azure SQL server admits every Azure service",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "The 0.0.0.0 to 0.0.0.0 rule lets connections in from any Azure resource, including virtual " +
		"machines and functions of other tenants, so anyone with an Azure subscription can reach the login " +
		"endpoint. Private endpoints or rules for the specific outbound addresses remove that.",
	Remediation: "Remove the rule and use a private endpoint, or allow the specific outbound addresses of your " +
		"services:\n\n    resource \"azurerm_mssql_firewall_rule\" \"app\" {\n      start_ip_address = \"198.51.100.10\"\n" +
		"      end_ip_address   = \"198.51.100.10\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/network-access-controls-overview#allow-azure-services",
		docRM + "mssql_firewall_rule",
		docARM + "/firewallrules",
	},
	Resources: FirewallRule.Types(),
	Run:       arm.AzureServicesFirewall(FirewallRule, "Azure SQL firewall rule %s admits every Azure service of every tenant (0.0.0.0 to 0.0.0.0)"),
}
