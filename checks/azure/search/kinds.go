// Package search holds the checks for Azure AI Search services, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package search

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Service is an AI Search service.
var Service = arm.Kind{AzureRM: []string{"azurerm_search_service"}, ARM: "Microsoft.Search/searchServices"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/search_service"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.search/searchservices"
)
