// Package eventhub holds the checks for Azure Event Hubs namespaces, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package eventhub

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Namespace is an Event Hubs namespace.
var Namespace = arm.Kind{AzureRM: []string{"azurerm_eventhub_namespace"}, ARM: "Microsoft.EventHub/namespaces"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/eventhub_namespace"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.eventhub/namespaces"
)
