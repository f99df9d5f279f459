// Package azure holds the Azure checks, one package per service, and their
// registry. Every check reads its resources in both forms, azurerm and AzAPI,
// through checks/azure/arm.
package azure

import (
	"github.com/tenantlint/tenantlint/checks/azure/acr"
	"github.com/tenantlint/tenantlint/checks/azure/authorization"
	"github.com/tenantlint/tenantlint/checks/azure/cognitive"
	"github.com/tenantlint/tenantlint/checks/azure/databricks"
	"github.com/tenantlint/tenantlint/checks/azure/datafactory"
	"github.com/tenantlint/tenantlint/checks/azure/defender"
	"github.com/tenantlint/tenantlint/checks/azure/eventhub"
	"github.com/tenantlint/tenantlint/checks/azure/keyvault"
	"github.com/tenantlint/tenantlint/checks/azure/monitor"
	"github.com/tenantlint/tenantlint/checks/azure/search"
	"github.com/tenantlint/tenantlint/checks/azure/servicebus"
	"github.com/tenantlint/tenantlint/checks/azure/storage"
	"github.com/tenantlint/tenantlint/checks/azure/synapse"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Azure check, sorted by ID.
var All = []*lint.Check{
	acr.AdminUserDisabled,
	acr.AnonymousPullDisabled,
	acr.CustomerManagedKey,
	acr.RestrictNetworkAccess,
	authorization.CustomRoleWildcard,
	authorization.PrivilegedAssignment,
	cognitive.LocalAuthDisabled,
	cognitive.PublicNetworkAccess,
	databricks.NoPublicIP,
	databricks.PublicNetworkAccess,
	datafactory.ManagedVirtualNetwork,
	datafactory.PublicNetworkAccess,
	defender.ContactAlertNotifications,
	defender.ContactNotifyOwners,
	defender.PlanStandard,
	eventhub.LocalAuthDisabled,
	eventhub.MinTLS,
	eventhub.PublicNetworkAccess,
	keyvault.HSMKeys,
	keyvault.KeyExpiry,
	keyvault.KeyRotation,
	keyvault.PurgeProtection,
	keyvault.RBACAuthorization,
	keyvault.RestrictNetworkAccess,
	keyvault.SecretExpiry,
	keyvault.SoftDeleteRetention,
	monitor.ActivityLogAlerts,
	monitor.ActivityLogCategories,
	monitor.KeyVaultDiagnostics,
	monitor.LogAnalyticsRetention,
	search.LocalAuthDisabled,
	search.PublicNetworkAccess,
	servicebus.LocalAuthDisabled,
	servicebus.MinTLS,
	servicebus.PublicNetworkAccess,
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
	synapse.DataExfiltrationProtection,
	synapse.EntraOnlyAuth,
	synapse.ManagedVirtualNetwork,
	synapse.PublicNetworkAccess,
}
