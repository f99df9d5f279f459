package defender

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// ContactAlertNotifications flags security contacts that receive no alert
// e-mails. azurerm: alert_notifications (required in v3 and v4) must be
// true. ARM (Microsoft.Security/securityContacts): API versions before
// 2020-01-01-preview read the string properties.alertNotifications, later
// ones before 2023-12-01-preview properties.alertNotifications.state, which
// must be "On" (Off when absent); later ones read properties.notificationsSources,
// which must hold an entry of sourceType "Alert" (none when absent), and
// properties.isEnabled, which must not be false.
var ContactAlertNotifications = &lint.Check{
	ID:       "azure-defender-contact-alert-notifications",
	Title:    "Security contact receives no Defender alert notifications",
	Severity: lint.Medium,
	Domain:   lint.Response,
	Model:    lint.IaaS,
	Description: "Defender for Cloud detects attacks, but an alert nobody reads changes nothing. With alert " +
		"notifications on, the security contact is e-mailed when an alert of the chosen severity is raised, so " +
		"that someone responds while the attack is still under way.",
	Remediation: "Send alert e-mails to the contact:\n\n" +
		"    resource \"azurerm_security_center_contact\" \"main\" {\n      email               = \"secops@example.com\"\n" +
		"      alert_notifications = true\n      alerts_to_admins    = true\n    }\n\n" +
		"In an azapi_resource body (2023-12-01-preview): properties = { isEnabled = true, notificationsSources = " +
		"[{ sourceType = \"Alert\", minimalSeverity = \"Medium\" }] }.",
	Links: []string{
		"https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact",
		"https://learn.microsoft.com/azure/templates/microsoft.security/securitycontacts",
	},
	Resources: Contact.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Contact.Views(p) {
			if v.ARM && (Contact.Patched(p.Module, v, "properties.alertNotifications") ||
				Contact.Patched(p.Module, v, "properties.notificationsSources") || Contact.Patched(p.Module, v, "properties.isEnabled")) {
				continue
			}
			switch {
			case !v.ARM:
				a := v.R.Attr("alert_notifications")
				if on, ok := a.BoolOr(true); ok && !on {
					p.Reportf(a, "Security contact %s receives no alert notifications (alert_notifications is false)", v.R.Address)
				}
			case arm.APIBefore(v.API, "2023-12-01-preview"):
				st := v.Attr("", "properties.alertNotifications.state")
				if arm.APIBefore(v.API, "2020-01-01-preview") {
					st = v.Attr("", "properties.alertNotifications")
				}
				if st.Null() && v.Patch {
					continue
				}
				if s, ok := st.StringOr("Off"); ok && !strings.EqualFold(s, "On") {
					p.Reportf(st, "Security contact %s receives no alert notifications (alert notifications %s)", v.R.Address, s)
				}
			default:
				if on := v.Attr("", "properties.isEnabled"); !on.Null() {
					if b, ok := on.BoolOr(true); ok && !b {
						p.Reportf(on, "Security contact %s is disabled", v.R.Address)
						continue
					}
				}
				src := v.Attr("", "properties.notificationsSources")
				if src.Null() && v.Patch || !src.Known() && !src.Null() {
					continue
				}
				if !hasAlertSource(src) {
					p.Reportf(src, "Security contact %s has no notification source of type Alert", v.R.Address)
				}
			}
		}
	},
}

// hasAlertSource says whether a notificationsSources list holds an Alert
// source.
func hasAlertSource(src lint.Attr) bool {
	for _, e := range src.Elements() {
		if s, ok := arm.Field(e, "sourceType").StringOr(""); ok && strings.EqualFold(s, "Alert") {
			return true
		}
	}
	return false
}
