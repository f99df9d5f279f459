package monitor

import (
	"regexp"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

// activityCategories are the activity log categories the CIS benchmark wants
// a subscription's diagnostic setting to export.
var activityCategories = []string{"Administrative", "Alert", "Policy", "Security"}

var subscriptionID = regexp.MustCompile(`(?i)^/subscriptions/[^/]+$`)

// ActivityLogCategories flags diagnostic settings of a subscription (its
// activity log) that leave out one of the categories Administrative, Alert,
// Policy or Security. A setting is the subscription's when its target
// (target_resource_id; AzAPI parent_id) is a literal "/subscriptions/<id>"
// or exactly a reference to an azurerm_subscription resource or data source.
// Categories are read as arm.LogsAll does (azurerm enabled_log blocks, v3 log
// blocks enabled by default, ARM properties.logs); the group allLogs counts
// for all of them. A category or target that cannot be known stays silent.
// Whether a subscription has a setting at all is not judged: it is often
// managed outside the configurations that use it.
var ActivityLogCategories = &lint.Check{
	ID:       "azure-monitor-activity-log-categories",
	Title:    "Subscription diagnostic setting does not export key activity log categories",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "The activity log keeps control-plane events for only 90 days and only in the portal. A diagnostic " +
		"setting exports it to a workspace or archive; leaving out Administrative, Security, Policy or Alert events " +
		"drops the records of who changed resources, what Defender detected and which policies were denied.",
	Remediation: "Export every needed category (or the allLogs group):\n\n" +
		"    resource \"azurerm_monitor_diagnostic_setting\" \"activity\" {\n      name                       = \"activity-log\"\n" +
		"      target_resource_id         = data.azurerm_subscription.current.id\n" +
		"      log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id\n" +
		"      enabled_log { category = \"Administrative\" }\n      enabled_log { category = \"Security\" }\n" +
		"      enabled_log { category = \"Policy\" }\n      enabled_log { category = \"Alert\" }\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log",
		"https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings",
		docDiagnostic,
		"https://learn.microsoft.com/azure/templates/microsoft.insights/diagnosticsettings",
	},
	Resources: arm.Diagnostics.Types(),
	Run: func(p *lint.Pass) {
		for _, d := range arm.Diagnostics.Views(p) {
			if d.Patch {
				continue
			}
			t := d.R.Attr("target_resource_id")
			if d.ARM {
				t = d.R.Attr("parent_id")
			}
			if !ofSubscription(t) {
				continue
			}
			all, ok := arm.LogsAll(d, activityCategories...)
			if !ok || all {
				continue
			}
			var missing []string
			for _, c := range activityCategories {
				if one, _ := arm.LogsAll(d, c); !one {
					missing = append(missing, c)
				}
			}
			p.Reportf(d.R, "Diagnostic setting %s of a subscription does not export the activity log categories %s",
				d.R.Address, strings.Join(missing, ", "))
		}
	},
}

// ofSubscription says whether a target is a subscription for sure.
func ofSubscription(t lint.Attr) bool {
	if s, known := t.StringOr(""); known {
		return !t.Null() && subscriptionID.MatchString(strings.TrimRight(s, "/"))
	}
	refs := t.Refs()
	return !t.Value.IsKnown() && t.Value.Type() == cty.DynamicPseudoType && len(refs) == 1 &&
		refs[0].Type == "azurerm_subscription"
}
