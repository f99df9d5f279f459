// Package datafactory holds the checks for Azure Data Factory factories, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package datafactory

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Factory is a data factory.
var Factory = arm.Kind{AzureRM: []string{"azurerm_data_factory"}, ARM: "Microsoft.DataFactory/factories"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_factory"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.datafactory/factories"
)
