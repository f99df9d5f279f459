package search

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LocalAuthDisabled flags services that accept API keys. It reads
// local_authentication_enabled, default true in azurerm v3 and v4, and
// properties.disableLocalAuth of Microsoft.Search/searchServices, false when
// absent.
var LocalAuthDisabled = &lint.Check{
	ID:          "azure-search-local-auth-disabled",
	Title:       "AI Search service accepts API keys",
	Severity:    lint.Medium,
	Domain:      lint.Identity,
	Model:       lint.PaaS,
	Description: "An admin API key can read, change and delete every index of the service, and a query key reads every document; neither names who used it. With local authentication off, callers use Microsoft Entra identities with Search roles.",
	Remediation: "Turn key authentication off and grant Search roles:\n\n" +
		"    resource \"azurerm_search_service\" \"srch\" {\n      local_authentication_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { disableLocalAuth = true }.",
	Links:     []string{"https://learn.microsoft.com/azure/search/search-security-enable-roles", docRM + "#local_authentication_enabled", docARM},
	Resources: Service.Types(),
	Run: arm.Switch(Service, "local_authentication_enabled", false, "properties.disableLocalAuth", true,
		arm.Default{RM: true, ARM: false},
		"AI Search service %[1]s accepts API key authentication (%[3]s is %[2]s)"),
}
