package sql

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicIP flags instances that have a public IPv4 address. Default
// relied on: settings.ip_configuration.ipv4_enabled defaults to true
// (hashicorp/google v4-v6), so an instance without the argument gets a
// public address. An unknown value is not reported.
var NoPublicIP = &lint.Check{
	ID:       "google-sql-no-public-ip",
	Title:    "Cloud SQL instance has a public IP address",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "An instance with a public IPv4 address can be reached from the internet by anything its authorised " +
		"networks or the Cloud SQL Auth Proxy let through, and it is one setting away from being open to all. A " +
		"private IP on a VPC keeps the database off the internet; CIS asks for no public IP.",
	Remediation: "Turn the public address off and give the instance a private one:\n\n" +
		"    settings {\n      ip_configuration {\n        ipv4_enabled    = false\n" +
		"        private_network = google_compute_network.vpc.id\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/sql/docs/mysql/configure-private-ip",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled",
	},
	Resources: []string{instanceType},
	Run: rule.Off("settings.ip_configuration.ipv4_enabled", rule.Default(true).For("hashicorp/google v4-v6"),
		"Cloud SQL instance {address} has a public IP address (ipv4_enabled = {value})",
		rule.Unset("Cloud SQL instance {address} has a public IP address (ipv4_enabled defaults to true)")),
}
