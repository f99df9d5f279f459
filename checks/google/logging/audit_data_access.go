package logging

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// dataAccessTypes are the Data Access audit log types every service must
// record.
var dataAccessTypes = []string{"DATA_READ", "DATA_WRITE"}

// AuditDataAccess flags audit configs for allServices that do not record
// both DATA_READ and DATA_WRITE. Default relied on: Data Access audit logs
// are off for every service but BigQuery unless an audit config turns them
// on; a log type without an audit_log_config block is not recorded
// (hashicorp/google v4-v6). A project, folder or organisation without any
// audit config is not judged: audit configs are inherited down the resource
// hierarchy, and the folder or organisation that sets them is usually
// configured elsewhere, so a missing one says nothing certain. Unknown
// values are not reported.
var AuditDataAccess = &lint.Check{
	ID:       "google-logging-audit-data-access",
	Title:    "Audit config for all services does not record data reads and writes",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Admin Activity logs only say who changed configuration. Data Access logs say who read or " +
		"modified data (objects, secrets, table rows, keys), which is what an investigation of a leak needs; " +
		"they are off by default. An audit config for allServices should record both DATA_READ and DATA_WRITE.",
	Remediation: "Record data reads and writes for every service:\n\n" +
		"    resource \"google_project_iam_audit_config\" \"all\" {\n      project = var.project\n      service = \"allServices\"\n" +
		"      audit_log_config {\n        log_type = \"ADMIN_READ\"\n      }\n      audit_log_config {\n        log_type = \"DATA_READ\"\n      }\n" +
		"      audit_log_config {\n        log_type = \"DATA_WRITE\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/logging/docs/audit/configure-data-access",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config",
	},
	Resources: auditConfigTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if svc, ok := r.Attr("service").StringOr(""); !ok || svc != allServices {
				continue
			}
			var have []string
			unknown := false
			for _, c := range r.Blocks("audit_log_config") {
				t, ok := c.Attr("log_type").StringOr("")
				if !ok {
					unknown = true
				}
				have = append(have, t)
			}
			if unknown {
				continue
			}
			var missing []string
			for _, t := range dataAccessTypes {
				if !slices.Contains(have, t) {
					missing = append(missing, t)
				}
			}
			if len(missing) > 0 {
				p.Reportf(r, "Audit config %s for allServices does not record %s", r.Address, strings.Join(missing, " or "))
			}
		}
	},
}
