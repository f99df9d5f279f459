package defender

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// ContactNotifyOwners flags security contacts that do not also e-mail the
// subscription's owners. azurerm: alerts_to_admins (required in v3 and v4)
// must be true. ARM (Microsoft.Security/securityContacts): before API
// version 2020-01-01-preview properties.alertsToAdmins must be "On" (Off
// when absent); from it on properties.notificationsByRole.state must be
// "On" and its roles must include Owner (Off when absent).
var ContactNotifyOwners = &lint.Check{
	ID:       "azure-defender-contact-notify-owners",
	Title:    "Security contact does not notify subscription owners",
	Severity: lint.Low,
	Domain:   lint.Response,
	Model:    lint.IaaS,
	Description: "A single mailbox for Defender alerts is easily missed, renamed or left behind when a team changes. " +
		"E-mailing the subscription owners as well makes sure the people who can act on every resource in the " +
		"subscription hear about an attack.",
	Remediation: "Notify the owners too:\n\n" +
		"    resource \"azurerm_security_center_contact\" \"main\" {\n      email               = \"secops@example.com\"\n" +
		"      alert_notifications = true\n      alerts_to_admins    = true\n    }\n\n" +
		"In an azapi_resource body (2023-12-01-preview): properties = { notificationsByRole = { state = \"On\", " +
		"roles = [\"Owner\"] } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact#alerts_to_admins",
		"https://learn.microsoft.com/azure/templates/microsoft.security/securitycontacts",
	},
	Resources: Contact.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Contact.Views(p) {
			switch {
			case !v.ARM:
				a := v.R.Attr("alerts_to_admins")
				if on, ok := a.BoolOr(true); ok && !on {
					p.Reportf(a, "Security contact %s does not notify subscription owners (alerts_to_admins is false)", v.R.Address)
				}
			case arm.APIBefore(v.API, "2020-01-01-preview"):
				if Contact.Patched(p.Module, v, "properties.alertsToAdmins") {
					continue
				}
				a := v.Attr("", "properties.alertsToAdmins")
				if a.Null() && v.Patch {
					continue
				}
				if s, ok := a.StringOr("Off"); ok && !strings.EqualFold(s, "On") {
					p.Reportf(a, "Security contact %s does not notify subscription owners (alertsToAdmins %s)", v.R.Address, s)
				}
			default:
				if Contact.Patched(p.Module, v, "properties.notificationsByRole") {
					continue
				}
				byRole := v.Attr("", "properties.notificationsByRole")
				if byRole.Null() && v.Patch || !byRole.Known() && !byRole.Null() {
					continue
				}
				st, _ := arm.Field(byRole, "state").StringOr("Off")
				owner := false
				for _, r := range arm.Field(byRole, "roles").Elements() {
					if s, _ := r.StringOr(""); strings.EqualFold(s, "Owner") {
						owner = true
					}
				}
				if !strings.EqualFold(st, "On") || !owner {
					p.Reportf(byRole, "Security contact %s does not notify subscription owners (notifications by role are not on for Owner)", v.R.Address)
				}
			}
		}
	},
}
