package compute

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PatchAssessment flags machines that are not checked periodically for
// missing updates: patch_assessment_mode other than AutomaticByPlatform on
// the Linux and Windows machines (default ImageDefault, azurerm v3 and v4),
// or in ARM patchSettings.assessmentMode other than AutomaticByPlatform
// (ImageDefault when absent) in osProfile.linuxConfiguration or
// osProfile.windowsConfiguration. An AzAPI machine with neither
// configuration is not judged (its system is not known).
var PatchAssessment = &lint.Check{
	ID:       "azure-compute-patch-assessment",
	Title:    "Virtual machine is not assessed periodically for missing updates",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.IaaS,
	Description: "Periodic assessment has Azure Update Manager check the machine for missing security updates every " +
		"day. Without it, a machine that stopped patching, or never did, goes unnoticed until the vulnerability " +
		"is used against it.",
	Remediation: "Let the platform assess the machine:\n\n" +
		"    resource \"azurerm_linux_virtual_machine\" \"vm\" {\n      patch_assessment_mode = \"AutomaticByPlatform\"\n    }\n\n" +
		"In an azapi_resource body: osProfile.linuxConfiguration.patchSettings.assessmentMode = \"AutomaticByPlatform\".",
	Links: []string{
		"https://learn.microsoft.com/azure/update-manager/assessment-options",
		docLinuxVM + "#patch_assessment_mode",
		docWinVM + "#patch_assessment_mode",
		docVMARM,
	},
	Resources: VM.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range VM.Views(p) {
			if v.Patch || VM.Patched(p.Module, v, "properties.osProfile") {
				continue
			}
			var mode lint.Attr
			if v.ARM {
				profile := v.Attr("", "properties.osProfile")
				cfg := arm.Field(profile, "linuxConfiguration")
				if cfg.Null() {
					cfg = arm.Field(profile, "windowsConfiguration")
				}
				if cfg.Null() {
					continue
				}
				mode = arm.Field(arm.Field(cfg, "patchSettings"), "assessmentMode")
			} else {
				mode = v.R.Attr("patch_assessment_mode")
			}
			s, ok := mode.StringOr("ImageDefault")
			if ok && !strings.EqualFold(s, "AutomaticByPlatform") {
				p.Reportf(mode, "%s is not assessed periodically for missing updates (assessment mode %s)", v.R.Address, s)
			}
		}
	},
}
