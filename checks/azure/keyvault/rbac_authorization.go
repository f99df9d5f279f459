package keyvault

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// RBACAuthorization flags key vaults that authorise data access with vault
// access policies instead of Azure RBAC. It reads rbac_authorization_enabled
// (later azurerm v4 releases) or enable_rbac_authorization (v3, v4), default false,
// and properties.enableRbacAuthorization of Microsoft.KeyVault/vaults,
// which is false when absent before API version 2026-02-01 and true from it.
var RBACAuthorization = &lint.Check{
	ID:       "azure-keyvault-rbac-authorization",
	Title:    "Key vault uses access policies instead of Azure RBAC",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "Vault access policies grant whole permission sets per vault, cannot be scoped to one key or " +
		"secret, and anyone who may write the vault's properties may grant themselves data access. Azure RBAC " +
		"separates management from data access, scopes roles to single objects and works with Privileged " +
		"Identity Management.",
	Remediation: "Authorise with Azure RBAC and grant Key Vault data roles:\n\n" +
		"    resource \"azurerm_key_vault\" \"kv\" {\n      rbac_authorization_enabled = true\n    }\n\n" +
		"(enable_rbac_authorization in azurerm v3 and earlier v4 releases). In an azapi_resource body: " +
		"properties = { enableRbacAuthorization = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/general/rbac-access-policy",
		docVault + "#rbac_authorization_enabled",
		"https://learn.microsoft.com/azure/key-vault/general/access-control-default",
		docVaultARM,
	},
	Resources: Vault.Types(),
	Run: arm.Bool(Vault, "rbac_authorization_enabled|enable_rbac_authorization", "properties.enableRbacAuthorization", true,
		arm.Default{RM: false, ARM: true, ARMSince: "2026-02-01", ARMBefore: false},
		"Key vault %[1]s authorises data access with access policies (RBAC authorisation is %[2]s)"),
}
