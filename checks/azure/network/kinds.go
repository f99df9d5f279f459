package network

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// The kinds the checks other than the NSG rule checks read.
var (
	// FlowLog is a Network Watcher flow log (of an NSG or a VNet).
	FlowLog = arm.Kind{AzureRM: []string{"azurerm_network_watcher_flow_log"}, ARM: "Microsoft.Network/networkWatchers/flowLogs"}
	// VNet is a virtual network; azurerm may write its subnets inline.
	VNet = arm.Kind{AzureRM: []string{"azurerm_virtual_network"}, ARM: "Microsoft.Network/virtualNetworks"}
	// Subnet is a subnet written as a resource of its own.
	Subnet = arm.Kind{AzureRM: []string{"azurerm_subnet"}, ARM: "Microsoft.Network/virtualNetworks/subnets"}
	// SubnetAssoc associates an NSG with an azurerm_subnet.
	SubnetAssoc = arm.Kind{AzureRM: []string{"azurerm_subnet_network_security_group_association"}}
	// AppGateway is an Application Gateway.
	AppGateway = arm.Kind{AzureRM: []string{"azurerm_application_gateway"}, ARM: "Microsoft.Network/applicationGateways"}
	// WAFPolicy is a WAF policy for Application Gateway.
	WAFPolicy = arm.Kind{AzureRM: []string{"azurerm_web_application_firewall_policy"}, ARM: "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"}
	// FrontDoorPolicy is a WAF policy for Front Door (Standard/Premium, and the
	// classic Front Door's azurerm resource).
	FrontDoorPolicy = arm.Kind{AzureRM: []string{"azurerm_cdn_frontdoor_firewall_policy", "azurerm_frontdoor_firewall_policy"}, ARM: "Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"}
)

const (
	docRM       = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/"
	docARM      = "https://learn.microsoft.com/azure/templates/microsoft.network/"
	docAppGWWAF = "https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview"
)

// The kinds of the network interface and Front Door checks.
var (
	// NIC is a network interface.
	NIC = arm.Kind{AzureRM: []string{"azurerm_network_interface"}, ARM: "Microsoft.Network/networkInterfaces"}
	// FrontDoorDomain is a custom domain of a Front Door (Standard/Premium)
	// profile.
	FrontDoorDomain = arm.Kind{AzureRM: []string{"azurerm_cdn_frontdoor_custom_domain"}, ARM: "Microsoft.Cdn/profiles/customDomains"}
	// FrontDoorRoute is a route of a Front Door endpoint.
	FrontDoorRoute = arm.Kind{AzureRM: []string{"azurerm_cdn_frontdoor_route"}, ARM: "Microsoft.Cdn/profiles/afdEndpoints/routes"}
)

// The kinds of the Front Door WAF association check.
var (
	// FrontDoorProfile is a Front Door (Standard/Premium) profile; the ARM
	// type also holds the CDN profiles, told apart by sku.name.
	FrontDoorProfile = arm.Kind{AzureRM: []string{"azurerm_cdn_frontdoor_profile"}, ARM: "Microsoft.Cdn/profiles"}
	// FrontDoorSecurity is a security policy of a profile, which attaches a
	// WAF policy to its domains.
	FrontDoorSecurity = arm.Kind{AzureRM: []string{"azurerm_cdn_frontdoor_security_policy"}, ARM: "Microsoft.Cdn/profiles/securityPolicies"}
)
