// Package google holds the Google Cloud checks, one package per service, and
// their registry. The effective-IAM view they share is in
// checks/google/internal/iamview, the provider's naming in
// checks/google/internal/names.
package google

import (
	"github.com/tenantlint/tenantlint/checks/google/apikeys"
	"github.com/tenantlint/tenantlint/checks/google/compute"
	"github.com/tenantlint/tenantlint/checks/google/iam"
	"github.com/tenantlint/tenantlint/checks/google/kms"
	"github.com/tenantlint/tenantlint/checks/google/network"
	"github.com/tenantlint/tenantlint/checks/google/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Google check, sorted by ID.
var All = []*lint.Check{
	apikeys.RestrictAPIs,
	apikeys.RestrictApplications,
	compute.BlockProjectSSHKeys,
	compute.EnableConfidentialComputing,
	compute.EnableOSLogin,
	compute.EncryptDisksWithCMEK,
	compute.NoDefaultServiceAccount,
	compute.NoDefaultServiceAccountFullScope,
	compute.NoIPForwarding,
	compute.NoPlaintextDiskKey,
	compute.NoPublicIP,
	compute.NoSerialPort,
	compute.ShieldedIntegrityMonitoring,
	compute.ShieldedSecureBoot,
	compute.ShieldedVTPM,
	iam.KMSSeparationOfDuties,
	iam.NoBasicRoles,
	iam.NoPersonalAccounts,
	iam.NoProjectServiceAccountUser,
	iam.NoPublicMembers,
	iam.NoServiceAccountAdmin,
	iam.NoServiceAccountKeys,
	iam.ServiceAccountSeparationOfDuties,
	kms.RotateKeys,
	network.BackendCloudArmor,
	network.BackendLogging,
	network.CustomModeNetwork,
	network.FirewallLogging,
	network.HTTPRedirectToHTTPS,
	network.NoDefaultNetwork,
	network.NoPublicAdminPorts,
	network.NoPublicAllPorts,
	network.NoPublicDatabasePorts,
	network.ProxySSLPolicy,
	network.RouterNATLogging,
	network.SSLPolicyMinTLS,
	network.SSLPolicyNoWeakCiphers,
	network.SubnetFlowLogs,
	network.SubnetFlowLogsComplete,
	network.SubnetPrivateGoogleAccess,
	storage.EnableAccessLogging,
	storage.EncryptWithCMEK,
	storage.EnforcePublicAccessPrevention,
	storage.LogBucketRetentionLock,
	storage.LogBucketVersioning,
	storage.NoPublicACL,
	storage.NoPublicIAM,
	storage.UniformBucketLevelAccess,
}
