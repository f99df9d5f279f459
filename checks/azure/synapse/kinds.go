// Package synapse holds the checks for Azure Synapse Analytics workspaces, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package synapse

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Workspace is a Synapse workspace.
var Workspace = arm.Kind{AzureRM: []string{"azurerm_synapse_workspace"}, ARM: "Microsoft.Synapse/workspaces"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/synapse_workspace"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.synapse/workspaces"
)
