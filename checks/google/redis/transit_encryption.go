package redis

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// TransitEncryption flags instances that accept plaintext connections.
// Default relied on (hashicorp/google v4-v6): transit_encryption_mode
// defaults to DISABLED. An unknown value is not reported.
var TransitEncryption = &lint.Check{
	ID:       "google-redis-transit-encryption",
	Title:    "Memorystore for Redis instance does not encrypt connections",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With in-transit encryption off, keys, values and the AUTH string cross the network in clear " +
		"text, readable by anything that can observe the VPC path between client and instance. " +
		"SERVER_AUTHENTICATION wraps every connection in TLS with a server certificate clients can verify.",
	Remediation: "Require TLS (clients then need the instance's CA certificate):\n\n" +
		"    transit_encryption_mode = \"SERVER_AUTHENTICATION\"",
	Links: []string{
		"https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#transit_encryption_mode",
	},
	Resources: []string{instanceType},
	Run: rule.OneOf("transit_encryption_mode", []string{"SERVER_AUTHENTICATION"},
		rule.Default("DISABLED").For("hashicorp/google v4-v6"),
		"Memorystore for Redis instance {address} has transit_encryption_mode {value}: connections are not encrypted"),
}
