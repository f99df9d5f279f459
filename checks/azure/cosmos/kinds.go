// Package cosmos holds the checks for Azure Cosmos DB accounts, in both forms
// (azurerm and AzAPI, see checks/azure/arm).
package cosmos

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Account is a Cosmos DB account.
var Account = arm.Kind{AzureRM: []string{"azurerm_cosmosdb_account"}, ARM: "Microsoft.DocumentDB/databaseAccounts"}

const (
	docAccount    = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account"
	docAccountARM = "https://learn.microsoft.com/azure/templates/microsoft.documentdb/databaseaccounts"
)
