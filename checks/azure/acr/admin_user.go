package acr

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// AdminUserDisabled flags registries with the admin user on. It reads
// admin_enabled, default false in azurerm v3 and v4, and
// properties.adminUserEnabled of Microsoft.ContainerRegistry/registries,
// false when absent (every API version).
var AdminUserDisabled = &lint.Check{
	ID:       "azure-acr-admin-user-disabled",
	Title:    "Container registry has the admin user enabled",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "The admin user is one shared account with push and pull rights on the whole registry, and its " +
		"two passwords do not expire. Whoever holds them can replace images that clusters run, and nothing in the " +
		"logs tells which person or workload used them.",
	Remediation: "Turn the admin user off and grant AcrPull/AcrPush roles to identities:\n\n" +
		"    resource \"azurerm_container_registry\" \"acr\" {\n      admin_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { adminUserEnabled = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account",
		docRegistry + "#admin_enabled",
		docARM,
	},
	Resources: Registry.Types(),
	Run: arm.Bool(Registry, "admin_enabled", "properties.adminUserEnabled", false,
		arm.Default{RM: false, ARM: false},
		"Container registry %[1]s has the admin user enabled (admin user is %[2]s)"),
}
