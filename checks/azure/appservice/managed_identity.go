package appservice

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// ManagedIdentity flags apps without a managed identity. It reads the
// identity block of every app resource (absent: no identity, azurerm v3 and
// v4) and, for Microsoft.Web/sites and sites/slots, the identity block of
// azapi_resource or an identity object in its body; a patch
// (azapi_update_resource) is never judged.
var ManagedIdentity = &lint.Check{
	ID:       "azure-appservice-managed-identity",
	Title:    "App Service app has no managed identity",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "An app without a managed identity has to reach databases, storage and Key Vault with secrets kept " +
		"in its settings, where they leak through deployments, logs and anyone who can read the configuration. A " +
		"managed identity gets tokens from the platform and leaves no secret to steal or rotate.",
	Remediation: "Give the app an identity:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      identity {\n        type = \"SystemAssigned\"\n      }\n    }\n\n" +
		"and on azapi_resource an identity { type = \"SystemAssigned\" } block.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/overview-managed-identity",
		docLinuxWebApp + "#identity",
		docSitesARM,
	},
	Resources: Types,
	Run: func(p *lint.Pass) {
		for _, v := range views(p) {
			if v.Patch {
				continue
			}
			b := v.R.Block("identity")
			if b.Exists() {
				t := b.Attr("type")
				if s, ok := t.StringOr("SystemAssigned"); ok && strings.EqualFold(strings.TrimSpace(s), "None") {
					p.Reportf(t, "App %s has no managed identity (identity type %s)", v.R.Address, t.Display())
				}
				continue
			}
			if v.ARM {
				id := v.Attr("", "identity")
				if !id.Null() {
					t := v.Attr("", "identity.type")
					if s, ok := t.StringOr("SystemAssigned"); ok && strings.EqualFold(s, "None") {
						p.Reportf(t, "App %s has no managed identity (identity type %s)", v.R.Address, t.Display())
					}
					continue
				}
				if id.Unknown() {
					continue
				}
			}
			p.Reportf(v.R, "App %s has no managed identity (no identity block)", v.R.Address)
		}
	},
}
