package redis

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NonSSLPort flags caches with the plain-text port 6379 open. It reads
// non_ssl_port_enabled (azurerm v4; enable_non_ssl_port in v3), default
// false in azurerm v3 and v4, and properties.enableNonSslPort of
// Microsoft.Cache/redis, false when absent (every API version).
var NonSSLPort = &lint.Check{
	ID:       "azure-redis-non-ssl-port",
	Title:    "Redis cache accepts unencrypted connections",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The non-SSL port (6379) carries the access key and every cached value in clear text. Anyone " +
		"on the network path can read the key and then the whole cache; clients need only the TLS port (6380).",
	Remediation: "Close the non-SSL port (azurerm v4; enable_non_ssl_port in v3):\n\n" +
		"    resource \"azurerm_redis_cache\" \"cache\" {\n      non_ssl_port_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { enableNonSslPort = false }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports",
		docCache + "#non_ssl_port_enabled",
		docCacheARM,
	},
	Resources: Cache.Types(),
	Run: arm.Bool(Cache, "non_ssl_port_enabled|enable_non_ssl_port", "properties.enableNonSslPort", false,
		arm.Default{RM: false, ARM: false},
		"Redis cache %[1]s accepts unencrypted connections on port 6379 (non-SSL port enabled is %[2]s)"),
}
