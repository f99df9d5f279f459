package acr

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// AnonymousPullDisabled flags registries that let anyone pull without
// credentials. It reads anonymous_pull_enabled, default false in azurerm v3
// and v4, and properties.anonymousPullEnabled of
// Microsoft.ContainerRegistry/registries, false when absent.
var AnonymousPullDisabled = &lint.Check{
	ID:       "azure-acr-anonymous-pull-disabled",
	Title:    "Container registry allows anonymous pull",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With anonymous pull on, every repository of the registry can be downloaded by anyone who can " +
		"reach it. Images carry application code, configuration and sometimes embedded secrets, so a private " +
		"registry should require an identity for every pull.",
	Remediation: "Require authentication for pulls:\n\n" +
		"    resource \"azurerm_container_registry\" \"acr\" {\n      anonymous_pull_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { anonymousPullEnabled = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/container-registry/anonymous-pull-access",
		docRegistry + "#anonymous_pull_enabled",
		docARM,
	},
	Resources: Registry.Types(),
	Run: arm.Bool(Registry, "anonymous_pull_enabled", "properties.anonymousPullEnabled", false,
		arm.Default{RM: false, ARM: false},
		"Container registry %[1]s allows anonymous pull (anonymous pull is %[2]s)"),
}
