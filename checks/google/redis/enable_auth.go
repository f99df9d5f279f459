package redis

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableAuth flags instances without Redis AUTH. Default relied on
// (hashicorp/google v4-v6): auth_enabled defaults to false. An unknown
// value is not reported.
var EnableAuth = &lint.Check{
	ID:       "google-redis-enable-auth",
	Title:    "Memorystore for Redis instance does not require AUTH",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without AUTH, any client that can reach the instance's address on its network can read and " +
		"overwrite every key, and run commands that flush or reconfigure the cache. AUTH makes clients present " +
		"a string kept in Memorystore, so reaching the network is no longer enough.",
	Remediation: "Turn AUTH on and give clients the AUTH string from Secret Manager:\n\n" +
		"    auth_enabled = true",
	Links: []string{
		"https://cloud.google.com/memorystore/docs/redis/about-redis-auth",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#auth_enabled",
	},
	Resources: []string{instanceType},
	Run: rule.On("auth_enabled", rule.Default(false).For("hashicorp/google v4-v6"),
		"Memorystore for Redis instance {address} has auth_enabled = {value}: any client on its network may use it"),
}
