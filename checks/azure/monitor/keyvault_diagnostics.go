package monitor

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/checks/azure/keyvault"
	"github.com/tenantlint/tenantlint/lint"
)

// KeyVaultDiagnostics flags key vaults whose data-plane audit events no
// diagnostic setting collects: no azurerm_monitor_diagnostic_setting whose
// target_resource_id is the vault, and no AzAPI
// Microsoft.Insights/diagnosticSettings whose parent_id is, that logs the
// category AuditEvent (or the group allLogs). Vault diagnostics are off
// unless a setting exists (no provider default involved). A setting whose
// target or categories cannot be known silences the check. Patches are not
// judged.
var KeyVaultDiagnostics = &lint.Check{
	ID:       "azure-monitor-keyvault-diagnostics",
	Title:    "Key vault audit events are not collected",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A vault records who read which secret, key or certificate only in its AuditEvent logs, and only " +
		"when a diagnostic setting sends them somewhere. Without them, use of a stolen identity against the vault " +
		"leaves no trace to alert on or investigate.",
	Remediation: "Send the vault's audit events to a workspace or storage account:\n\n" +
		"    resource \"azurerm_monitor_diagnostic_setting\" \"kv\" {\n      name                       = \"audit\"\n" +
		"      target_resource_id         = azurerm_key_vault.kv.id\n      log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id\n" +
		"      enabled_log {\n        category_group = \"allLogs\"\n      }\n    }\n\n" +
		"With azapi: a Microsoft.Insights/diagnosticSettings resource whose parent_id is the vault.",
	Links: []string{
		"https://learn.microsoft.com/azure/key-vault/general/logging",
		docDiagnostic,
		"https://learn.microsoft.com/azure/templates/microsoft.insights/diagnosticsettings",
	},
	Resources: keyvault.Vault.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range keyvault.Vault.Views(p) {
			if v.Patch {
				continue
			}
			settings, certain := keyvault.Vault.DiagnosticsOn(p.Module, v)
			if !certain {
				continue
			}
			logged := false
			for _, d := range settings {
				if all, ok := arm.LogsAll(d, "AuditEvent"); all || !ok {
					logged = true
					break
				}
			}
			if logged {
				continue
			}
			if len(settings) == 0 {
				p.Reportf(v.R, "Key vault %s has no diagnostic setting: its audit events are not collected", v.R.Address)
				continue
			}
			p.Reportf(settings[0].R, "Key vault %s has no diagnostic setting that logs AuditEvent", v.R.Address)
		}
	},
}
