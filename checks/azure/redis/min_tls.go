package redis

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// MinTLS flags caches that accept TLS below 1.2. It reads
// minimum_tls_version and properties.minimumTlsVersion of
// Microsoft.Cache/redis. An absent value is not judged in either form:
// azurerm v4 defaults it to "1.2", azurerm v3 documented "1.0", and the
// service itself has refused minimums below 1.2 for caches since TLS 1.0 and
// 1.1 were retired, so absence no longer means an old protocol.
var MinTLS = &lint.Check{
	ID:       "azure-redis-min-tls",
	Title:    "Redis cache accepts TLS below 1.2",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "TLS 1.0 and 1.1 have known weaknesses and Azure is retiring them. A cache that still accepts " +
		"them lets a client, or an attacker downgrading the connection, send the access key and data over a " +
		"protocol that no longer protects them.",
	Remediation: "Require TLS 1.2:\n\n" +
		"    resource \"azurerm_redis_cache\" \"cache\" {\n      minimum_tls_version = \"1.2\"\n    }\n\n" +
		"In an azapi_resource body: properties = { minimumTlsVersion = \"1.2\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11",
		docCache + "#minimum_tls_version",
		docCacheARM,
	},
	Resources: Cache.Types(),
	Run: arm.OneOf(Cache, "minimum_tls_version", "properties.minimumTlsVersion", []string{"1.2", "1.3"},
		arm.Default{},
		"Redis cache %[1]s accepts TLS versions from %[2]s (below 1.2)"),
}
