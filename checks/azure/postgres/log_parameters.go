package postgres

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// loggingParameters are the server parameters CIS asks to keep on.
var loggingParameters = map[string]bool{
	"log_checkpoints":            true,
	"log_connections":            true,
	"log_disconnections":         true,
	"connection_throttling":      true, // single server
	"connection_throttle.enable": true, // flexible server
}

// LogParameters flags server parameters that switch off checkpoint,
// connection or disconnection logging or connection throttling. Only a
// parameter resource the configuration declares is judged: its absence
// leaves the server default, which differs by server type and PostgreSQL
// version (log_checkpoints and connection_throttling are on by default on
// single servers; log_connections and log_disconnections are off by default
// on flexible servers).
var LogParameters = &lint.Check{
	ID:       "azure-postgres-log-parameters",
	Title:    "PostgreSQL server parameter turns security logging off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Connection, disconnection and checkpoint logs show who logged in, when and from where, and help " +
		"spot brute force and misuse; connection throttling slows password guessing. A parameter that turns " +
		"them off removes that evidence and protection.",
	Remediation: "Keep the parameter on:\n\n" +
		"    resource \"azurerm_postgresql_flexible_server_configuration\" \"log_connections\" {\n" +
		"      name      = \"log_connections\"\n      server_id = azurerm_postgresql_flexible_server.pg.id\n" +
		"      value     = \"on\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-logging",
		docRM + "postgresql_flexible_server_configuration",
		docRM + "postgresql_configuration",
	},
	Resources: arm.TypesOf(SingleParameter, FlexibleParameter),
	Run: func(p *lint.Pass) {
		off := func(name, value string) bool {
			return loggingParameters[strings.ToLower(name)] && strings.EqualFold(strings.TrimSpace(value), "off")
		}
		const msg = "PostgreSQL server parameter %[1]s turns %[2]s off (%[3]s)"
		arm.Parameter(SingleParameter, off, msg)(p)
		arm.Parameter(FlexibleParameter, off, msg)(p)
	},
}
