// Package google holds the Google Cloud checks, one package per service, and
// their registry. The effective-IAM view they share is in
// checks/google/internal/iamview, the provider's naming in
// checks/google/internal/names.
package google

import (
	"github.com/tenantlint/tenantlint/checks/google/apikeys"
	"github.com/tenantlint/tenantlint/checks/google/compute"
	"github.com/tenantlint/tenantlint/checks/google/gke"
	"github.com/tenantlint/tenantlint/checks/google/iam"
	"github.com/tenantlint/tenantlint/checks/google/kms"
	"github.com/tenantlint/tenantlint/checks/google/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Google check, sorted by ID.
var All = []*lint.Check{
	apikeys.RestrictAPIs,
	apikeys.RestrictApplications,
	compute.NoDefaultServiceAccountFullScope,
	gke.EnableBinaryAuthorization,
	gke.EnableIntranodeVisibility,
	gke.EnableLogging,
	gke.EnableMasterAuthorizedNetworks,
	gke.EnableMonitoring,
	gke.EnableNetworkPolicy,
	gke.EnablePrivateNodes,
	gke.EnableShieldedNodes,
	gke.EnableWorkloadIdentity,
	gke.EncryptSecretsWithCMEK,
	gke.NoBasicAuth,
	gke.NoClientCertificate,
	gke.NoGCPPublicCIDRsAccess,
	gke.NoKubernetesAlpha,
	gke.NoLegacyABAC,
	gke.NoPublicMasterAuthorizedNetwork,
	gke.NodeAutoRepair,
	gke.NodeAutoUpgrade,
	gke.NodeBootDiskCMEK,
	gke.NodeCOSContainerd,
	gke.NodeGKEMetadataServer,
	gke.NodeIntegrityMonitoring,
	gke.NodeNoDefaultServiceAccount,
	gke.NodeNoLegacyMetadataEndpoints,
	gke.NodeSecureBoot,
	gke.SetReleaseChannel,
	iam.KMSSeparationOfDuties,
	iam.NoBasicRoles,
	iam.NoPersonalAccounts,
	iam.NoProjectServiceAccountUser,
	iam.NoPublicMembers,
	iam.NoServiceAccountAdmin,
	iam.NoServiceAccountKeys,
	iam.ServiceAccountSeparationOfDuties,
	kms.RotateKeys,
	storage.EnableAccessLogging,
	storage.EncryptWithCMEK,
	storage.EnforcePublicAccessPrevention,
	storage.LogBucketRetentionLock,
	storage.LogBucketVersioning,
	storage.NoPublicACL,
	storage.NoPublicIAM,
	storage.UniformBucketLevelAccess,
}
