// Package azure holds the Azure checks, one package per service, and their
// registry. Every check reads its resources in both forms, azurerm and AzAPI,
// through checks/azure/arm.
package azure

import (
	"github.com/tenantlint/tenantlint/checks/azure/cosmos"
	"github.com/tenantlint/tenantlint/checks/azure/keyvault"
	"github.com/tenantlint/tenantlint/checks/azure/mysql"
	"github.com/tenantlint/tenantlint/checks/azure/postgres"
	"github.com/tenantlint/tenantlint/checks/azure/redis"
	"github.com/tenantlint/tenantlint/checks/azure/sql"
	"github.com/tenantlint/tenantlint/checks/azure/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Azure check, sorted by ID.
var All = []*lint.Check{
	cosmos.CustomerManagedKey,
	cosmos.KeyMetadataWrites,
	cosmos.LocalAuth,
	cosmos.RestrictNetworkAccess,
	keyvault.HSMKeys,
	keyvault.KeyExpiry,
	keyvault.KeyRotation,
	keyvault.PurgeProtection,
	keyvault.RBACAuthorization,
	keyvault.RestrictNetworkAccess,
	keyvault.SecretExpiry,
	keyvault.SoftDeleteRetention,
	mysql.FirewallPublic,
	mysql.GeoRedundantBackup,
	mysql.MinTLS,
	mysql.PublicNetworkAccess,
	mysql.SecureTransport,
	mysql.SSLEnforced,
	mysql.TLSVersion,
	postgres.FirewallPublic,
	postgres.GeoRedundantBackup,
	postgres.LogParameters,
	postgres.LogRetention,
	postgres.MinTLS,
	postgres.PublicNetworkAccess,
	postgres.SSLEnforced,
	redis.MinTLS,
	redis.NonSSLPort,
	redis.PublicNetworkAccess,
	sql.AlertPolicy,
	sql.AuditingEnabled,
	sql.AuditingRetention,
	sql.EntraAdmin,
	sql.FirewallAzureServices,
	sql.FirewallPublic,
	sql.MinTLS,
	sql.PublicNetworkAccess,
	sql.TDECustomerManagedKey,
	sql.VulnerabilityScans,
	storage.BlobSoftDelete,
	storage.BlobVersioning,
	storage.CustomerManagedKey,
	storage.DisableSharedKey,
	storage.HTTPSOnly,
	storage.InfrastructureEncryption,
	storage.MinTLS,
	storage.NoCrossTenantReplication,
	storage.NoPublicBlobAccess,
	storage.PrivateContainers,
	storage.QueueLogging,
	storage.RestrictNetworkAccess,
	storage.SASExpiryPolicy,
}
