package mysql

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// SecureTransport flags flexible servers whose require_secure_transport
// server parameter is OFF. The parameter is ON by default on every flexible
// server, so only a declared parameter
// (azurerm_mysql_flexible_server_configuration, azurerm v3 and v4, or its
// ARM form) is judged.
var SecureTransport = &lint.Check{
	ID:       "azure-mysql-secure-transport",
	Title:    "MySQL flexible server accepts connections without TLS",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With require_secure_transport off, clients may connect without TLS and send passwords and data in " +
		"clear text, readable and changeable by anyone on the network path.",
	Remediation: "Leave the parameter on (or remove the override):\n\n" +
		"    resource \"azurerm_mysql_flexible_server_configuration\" \"tls\" {\n" +
		"      name      = \"require_secure_transport\"\n      server_id = azurerm_mysql_flexible_server.my.id\n" +
		"      value     = \"ON\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl",
		docRM + "mysql_flexible_server_configuration",
		docARM + "flexibleservers/configurations",
	},
	Resources: FlexibleParameter.Types(),
	Run: arm.Parameter(FlexibleParameter, func(name, value string) bool {
		return strings.EqualFold(name, "require_secure_transport") && strings.EqualFold(strings.TrimSpace(value), "off")
	}, "MySQL server parameter %[1]s turns %[2]s off (%[3]s)"),
}
