package mysql

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// TLSVersion flags flexible servers whose tls_version server parameter (a
// comma-separated list) admits TLSv1 or TLSv1.1. The default is TLSv1.2
// (MySQL 5.7) or TLSv1.2,TLSv1.3 (MySQL 8.0), so only a declared parameter
// (azurerm_mysql_flexible_server_configuration, azurerm v3 and v4, or its
// ARM form) is judged.
var TLSVersion = &lint.Check{
	ID:       "azure-mysql-tls-version",
	Title:    "MySQL flexible server accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses. A server whose tls_version still lists them lets a " +
		"downgraded connection carry credentials and data unprotected.",
	Remediation: "Allow only TLS 1.2 and later:\n\n" +
		"    resource \"azurerm_mysql_flexible_server_configuration\" \"tls\" {\n" +
		"      name      = \"tls_version\"\n      server_id = azurerm_mysql_flexible_server.my.id\n" +
		"      value     = \"TLSv1.2,TLSv1.3\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl",
		docRM + "mysql_flexible_server_configuration",
		docARM + "flexibleservers/configurations",
	},
	Resources: FlexibleParameter.Types(),
	Run: arm.Parameter(FlexibleParameter, func(name, value string) bool {
		if !strings.EqualFold(name, "tls_version") {
			return false
		}
		for v := range strings.SplitSeq(value, ",") {
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "tlsv1", "tlsv1.0", "tlsv1.1":
				return true
			}
		}
		return false
	}, "MySQL server parameter %[1]s allows TLS below 1.2 (%[2]s = %[3]s)"),
}
