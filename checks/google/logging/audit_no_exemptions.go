package logging

import "github.com/tenantlint/tenantlint/lint"

// AuditNoExemptions flags audit log configs that exempt members from
// logging, in an audit config of any service. Default relied on
// (hashicorp/google v4-v6): exempted_members is empty when absent. A list
// whose elements are unknown is not reported; a list with one known member
// is.
var AuditNoExemptions = &lint.Check{
	ID:       "google-logging-audit-no-exemptions",
	Title:    "Audit log config exempts members from logging",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "An exempted member's data reads and writes are not logged at all. Exemptions are meant for " +
		"noisy automation, but an exempted identity that is compromised, or misused by an insider, leaves no " +
		"trace; the audit trail should cover every user and service account.",
	Remediation: "Remove the exemptions and filter noisy entries in the log sinks or views instead:\n\n" +
		"    audit_log_config {\n      log_type = \"DATA_READ\"\n    }",
	Links: []string{
		"https://cloud.google.com/logging/docs/audit/configure-data-access#exempt_principals",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#exempted_members",
	},
	Resources: auditConfigTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, c := range r.Blocks("audit_log_config") {
				ex := c.Attr("exempted_members")
				for _, m := range ex.Elements() {
					s, ok := m.StringOr("")
					if !ok || m.Null() || s == "" {
						continue
					}
					p.Reportf(ex, "Audit config %s exempts %s from %s logs", r.Address, s, c.Attr("log_type").Display())
				}
			}
		}
	},
}
