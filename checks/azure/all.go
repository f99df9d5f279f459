// Package azure holds the Azure checks, one package per service, and their
// registry. Every check reads its resources in both forms, azurerm and AzAPI,
// through checks/azure/arm.
package azure

import (
	"github.com/tenantlint/tenantlint/checks/azure/compute"
	"github.com/tenantlint/tenantlint/checks/azure/keyvault"
	"github.com/tenantlint/tenantlint/checks/azure/network"
	"github.com/tenantlint/tenantlint/checks/azure/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Azure check, sorted by ID.
var All = []*lint.Check{
	compute.AutomaticUpdates,
	compute.DiskCustomerKey,
	compute.DiskNetworkAccess,
	compute.EncryptionAtHost,
	compute.ExtensionSecrets,
	compute.NoPasswordAuth,
	compute.NoUnmanagedDisks,
	compute.PatchAssessment,
	compute.SecureBoot,
	compute.VTPM,
	keyvault.HSMKeys,
	keyvault.KeyExpiry,
	keyvault.KeyRotation,
	keyvault.PurgeProtection,
	keyvault.RBACAuthorization,
	keyvault.RestrictNetworkAccess,
	keyvault.SecretExpiry,
	keyvault.SoftDeleteRetention,
	network.AppGatewayMinTLS,
	network.AppGatewayWAF,
	network.AppGatewayWAFPrevention,
	network.FlowLogEnabled,
	network.FlowLogRetention,
	network.FrontDoorHTTPS,
	network.FrontDoorMinTLS,
	network.FrontDoorWAF,
	network.FrontDoorWAFPrevention,
	network.NICPublicIP,
	network.NoPublicAllPorts,
	network.NoPublicDatabasePorts,
	network.NoPublicRDP,
	network.NoPublicRemoteAdmin,
	network.NoPublicSSH,
	network.SubnetNSG,
	network.VNetDDoS,
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
