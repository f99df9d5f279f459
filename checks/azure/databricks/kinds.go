// Package databricks holds the checks for Azure Databricks workspaces, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package databricks

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Workspace is a Databricks workspace.
var Workspace = arm.Kind{AzureRM: []string{"azurerm_databricks_workspace"}, ARM: "Microsoft.Databricks/workspaces"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/databricks_workspace"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.databricks/workspaces"
)
