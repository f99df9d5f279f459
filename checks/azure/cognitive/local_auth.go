package cognitive

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// LocalAuthDisabled flags accounts that accept API keys. It reads
// local_auth_enabled, default true in azurerm v3 and v4, and
// properties.disableLocalAuth of Microsoft.CognitiveServices/accounts, false
// when absent.
var LocalAuthDisabled = &lint.Check{
	ID:          "azure-cognitive-local-auth-disabled",
	Title:       "Azure AI services account accepts API keys",
	Severity:    lint.Medium,
	Domain:      lint.Identity,
	Model:       lint.PaaS,
	Description: "API keys give full use of the account, including Azure OpenAI deployments, to anyone who holds one, with no identity in the logs and no expiry. With local authentication off, callers must use Microsoft Entra identities that roles scope and that can be revoked.",
	Remediation: "Turn key authentication off and grant Cognitive Services roles:\n\n" +
		"    resource \"azurerm_cognitive_account\" \"ai\" {\n      local_auth_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { disableLocalAuth = true }.",
	Links:     []string{"https://learn.microsoft.com/azure/ai-services/disable-local-auth", docRM + "#local_auth_enabled", docARM},
	Resources: Account.Types(),
	Run: arm.Switch(Account, "local_auth_enabled", false, "properties.disableLocalAuth", true,
		arm.Default{RM: true, ARM: false},
		"Azure AI services account %[1]s accepts API key authentication (%[3]s is %[2]s)"),
}
