package appservice

import "github.com/tenantlint/tenantlint/lint"

// RemoteDebugging flags apps with remote debugging on. It reads
// site_config.remote_debugging_enabled, default false in azurerm v3 and v4
// for every app resource, and properties.siteConfig.remoteDebuggingEnabled
// of Microsoft.Web/sites and sites/slots, false when absent.
var RemoteDebugging = &lint.Check{
	ID:       "azure-appservice-remote-debugging",
	Title:    "App Service app has remote debugging enabled",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "Remote debugging opens extra ports on the app's workers for a debugger to attach, and an attached " +
		"debugger can read memory and change execution. It is meant for short sessions, not to stay on in a " +
		"deployed configuration.",
	Remediation: "Leave remote debugging off:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      site_config {\n        remote_debugging_enabled = false\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { siteConfig = { remoteDebuggingEnabled = false } }.",
	Links: []string{
		"https://learn.microsoft.com/visualstudio/debugger/remote-debugging-azure-app-service",
		docLinuxWebApp + "#remote_debugging_enabled",
		docSitesARM,
	},
	Resources: Types,
	Run: boolRule("site_config.remote_debugging_enabled", "properties.siteConfig.remoteDebuggingEnabled", false,
		defaults{Current: false, Legacy: false, ARM: false},
		"App %[1]s has remote debugging enabled (%[2]s)"),
}
