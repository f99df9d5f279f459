// Package redis holds the checks for Azure Cache for Redis, in both forms
// (azurerm and AzAPI, see checks/azure/arm).
package redis

import "github.com/tenantlint/tenantlint/checks/azure/arm"

// Cache is a Redis cache.
var Cache = arm.Kind{AzureRM: []string{"azurerm_redis_cache"}, ARM: "Microsoft.Cache/redis"}

const (
	docCache    = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache"
	docCacheARM = "https://learn.microsoft.com/azure/templates/microsoft.cache/redis"
)
