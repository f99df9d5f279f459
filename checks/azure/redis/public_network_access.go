package redis

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// PublicNetworkAccess flags caches reachable from the internet. It reads
// public_network_access_enabled, default true in azurerm v3 and v4, and
// properties.publicNetworkAccess of Microsoft.Cache/redis, "Enabled" when
// absent (every API version).
var PublicNetworkAccess = &lint.Check{
	ID:       "azure-redis-public-network-access",
	Title:    "Redis cache allows public network access",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A cache with public network access answers on a public endpoint, so a leaked access key is " +
		"enough to read and overwrite it from anywhere. Disabling public access and using a private endpoint " +
		"keeps the cache reachable only from the networks that need it.",
	Remediation: "Disable public access and use a private endpoint:\n\n" +
		"    resource \"azurerm_redis_cache\" \"cache\" {\n      public_network_access_enabled = false\n    }\n\n" +
		"In an azapi_resource body: properties = { publicNetworkAccess = \"Disabled\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/azure-cache-for-redis/cache-private-link",
		docCache + "#public_network_access_enabled",
		docCacheARM,
	},
	Resources: Cache.Types(),
	Run: arm.Toggle(Cache, "public_network_access_enabled", "properties.publicNetworkAccess", false,
		arm.Default{RM: true, ARM: "Enabled"},
		"Redis cache %[1]s allows public network access (%[2]s)"),
}
