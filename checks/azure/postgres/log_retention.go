package postgres

import (
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// minLogDays: CIS asks that log_retention_days be greater than 3.
const minLogDays = 4

// LogRetention flags the single-server parameter log_retention_days (1 to 7
// days, default 3) set to 3 days or fewer. Only a declared parameter is
// judged (azurerm_postgresql_configuration or its ARM form).
var LogRetention = &lint.Check{
	ID:       "azure-postgres-log-retention",
	Title:    "PostgreSQL server logs are kept 3 days or fewer",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Server logs kept only a few days are often gone before an incident is noticed. Keeping them " +
		"longer than 3 days leaves time to investigate.",
	Remediation: "Keep server logs more than 3 days (up to 7):\n\n" +
		"    resource \"azurerm_postgresql_configuration\" \"log_retention_days\" {\n" +
		"      name  = \"log_retention_days\"\n      value = \"7\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs",
		docRM + "postgresql_configuration",
		docARM + "servers/configurations",
	},
	Resources: SingleParameter.Types(),
	Run: arm.Parameter(SingleParameter, func(name, value string) bool {
		if !strings.EqualFold(name, "log_retention_days") {
			return false
		}
		n, err := strconv.Atoi(strings.TrimSpace(value))
		return err == nil && n < minLogDays
	}, "PostgreSQL server parameter %[1]s keeps logs %[3]s days (%[2]s must exceed 3)"),
}
