// Package servicebus holds the checks for Azure Service Bus namespaces, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package servicebus

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Namespace is a Service Bus namespace.
var Namespace = arm.Kind{AzureRM: []string{"azurerm_servicebus_namespace"}, ARM: "Microsoft.ServiceBus/namespaces"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/servicebus_namespace"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.servicebus/namespaces"
)
