package sql

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags servers with their public endpoint on. It reads
// public_network_access_enabled, default true in azurerm v3 and v4 (both
// server types), and properties.publicNetworkAccess of Microsoft.Sql/servers,
// "Enabled" when absent (every API version).
var PublicNetworkAccess = &lint.Check{
	ID:       "azure-sql-public-network-access",
	Title:    "Azure SQL server allows public network access",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With public network access on, the server's endpoint is reachable from the internet and only " +
		"its firewall rules stand between it and a password-guessing or credential-stuffing attack. Private " +
		"endpoints keep the database reachable only from the networks that use it.",
	Remediation: "Disable public access and connect through a private endpoint:\n\n" +
		"    resource \"azurerm_mssql_server\" \"sql\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access",
		docServer + "#public_network_access_enabled",
		docARM,
	},
	Resources: Server.Types(),
	Run: arm.Toggle(Server, "public_network_access_enabled", "properties.publicNetworkAccess", false,
		arm.Default{RM: true, ARM: "Enabled"},
		"Azure SQL server %[1]s allows public network access (%[2]s)"),
}
