// Package acr holds the checks for Azure Container Registry registries, in
// both forms (azurerm and AzAPI, see checks/azure/arm).
package acr

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Registry is a container registry.
var Registry = arm.Kind{AzureRM: []string{"azurerm_container_registry"}, ARM: "Microsoft.ContainerRegistry/registries"}

const (
	docRegistry = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry"
	docARM      = "https://learn.microsoft.com/azure/templates/microsoft.containerregistry/registries"
)
