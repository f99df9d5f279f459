package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicDatabasePorts flags firewall rules that admit the internet to a
// database or cache port (MySQL, PostgreSQL, SQL Server, Redis, MongoDB...).
// Entries that also cover an administration port are
// google-network-no-public-admin-ports', entries that open every port
// google-network-no-public-all-ports'. Defaults are those of vpcRule and
// policyRule.
var NoPublicDatabasePorts = &lint.Check{
	ID:       "google-network-no-public-database-ports",
	Title:    "Firewall rule opens a database port to the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Database and cache engines are not built to face the internet: many ship without authentication " +
		"or with default credentials, and their protocols leak versions that point attackers at known flaws. A " +
		"public rule to their port invites bulk scanning, credential guessing and data theft.",
	Remediation: "Admit the database port only from the application's subnet or service accounts:\n\n" +
		firewallRemediation(5432),
	Links:     firewallLinks,
	Resources: firewallTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "database", netrange.Database) },
}
