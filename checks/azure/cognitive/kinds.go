// Package cognitive holds the checks for Azure AI services (Cognitive Services and Azure OpenAI) accounts, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package cognitive

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Account is an Azure AI services account (kinds such as OpenAI, CognitiveServices, TextAnalytics).
var Account = arm.Kind{AzureRM: []string{"azurerm_cognitive_account"}, ARM: "Microsoft.CognitiveServices/accounts"}

const (
	docRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cognitive_account"
	docARM = "https://learn.microsoft.com/azure/templates/microsoft.cognitiveservices/accounts"
)
