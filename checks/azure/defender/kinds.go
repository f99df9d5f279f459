// Package defender holds the checks for Microsoft Defender for Cloud
// (security center) plans and security contacts, in both forms (azurerm and
// AzAPI, see checks/azure/arm).
package defender

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks read.
var (
	// Pricing is the Defender plan of a subscription for one resource type.
	Pricing = arm.Kind{AzureRM: []string{"azurerm_security_center_subscription_pricing"}, ARM: "Microsoft.Security/pricings"}
	// Contact is the security contact of a subscription.
	Contact = arm.Kind{AzureRM: []string{"azurerm_security_center_contact"}, ARM: "Microsoft.Security/securityContacts"}
)
