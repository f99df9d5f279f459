package synapse

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// EntraOnlyAuth flags workspaces that accept SQL logins. It reads
// azuread_authentication_only, default false in azurerm v3 and v4, and
// properties.azureADOnlyAuthentication of Microsoft.Synapse/workspaces,
// false when absent. (A separate azurerm_synapse_workspace_aad_admin only
// names the Entra admin; it does not turn SQL logins off.)
var EntraOnlyAuth = &lint.Check{
	ID:          "azure-synapse-entra-only-auth",
	Title:       "Synapse workspace accepts SQL authentication",
	Severity:    lint.Medium,
	Domain:      lint.Identity,
	Model:       lint.PaaS,
	Description: "SQL logins are passwords kept outside the identity provider: no multi-factor authentication, no conditional access, and no central place to disable them when someone leaves. Microsoft Entra-only authentication makes every connection to the SQL pools use a managed identity.",
	Remediation: "Allow only Microsoft Entra authentication:\n\n" +
		"    resource \"azurerm_synapse_workspace\" \"ws\" {\n      azuread_authentication_only = true\n    }\n\n" +
		"In an azapi_resource body: properties = { azureADOnlyAuthentication = true }.",
	Links:     []string{"https://learn.microsoft.com/azure/synapse-analytics/sql/active-directory-authentication", docRM + "#azuread_authentication_only", docARM},
	Resources: Workspace.Types(),
	Run: arm.Bool(Workspace, "azuread_authentication_only", "properties.azureADOnlyAuthentication", true,
		arm.Default{RM: false, ARM: false},
		"Synapse workspace %[1]s accepts SQL authentication (Microsoft Entra-only authentication is %[2]s)"),
}
