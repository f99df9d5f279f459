// Package azure holds the Azure checks, one package per service, and their
// registry. Every check reads its resources in both forms, azurerm and AzAPI,
// through checks/azure/arm.
package azure

import (
	"github.com/tenantlint/tenantlint/checks/azure/aks"
	"github.com/tenantlint/tenantlint/checks/azure/appservice"
	"github.com/tenantlint/tenantlint/checks/azure/keyvault"
	"github.com/tenantlint/tenantlint/checks/azure/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Azure check, sorted by ID.
var All = []*lint.Check{
	aks.AutoUpgrade,
	aks.AzurePolicy,
	aks.AzureRBAC,
	aks.ContainerInsights,
	aks.Defender,
	aks.DiskEncryptionSet,
	aks.EntraID,
	aks.HostEncryption,
	aks.LocalAccounts,
	aks.NetworkPolicy,
	aks.NodeOSUpgrade,
	aks.NodePublicIP,
	aks.RBAC,
	aks.RestrictAPIAccess,
	aks.SecretRotation,
	appservice.ClientCertificates,
	appservice.CORSWildcard,
	appservice.FTPBasicAuth,
	appservice.FTPS,
	appservice.HTTP2,
	appservice.HTTPSOnly,
	appservice.ManagedIdentity,
	appservice.MinTLS,
	appservice.RemoteDebugging,
	appservice.SCMBasicAuth,
	appservice.SCMMinTLS,
	keyvault.HSMKeys,
	keyvault.KeyExpiry,
	keyvault.KeyRotation,
	keyvault.PurgeProtection,
	keyvault.RBACAuthorization,
	keyvault.RestrictNetworkAccess,
	keyvault.SecretExpiry,
	keyvault.SoftDeleteRetention,
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
