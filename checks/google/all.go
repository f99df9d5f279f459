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
	"github.com/tenantlint/tenantlint/checks/google/sql"
	"github.com/tenantlint/tenantlint/checks/google/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Google check, sorted by ID.
var All = []*lint.Check{
	apikeys.RestrictAPIs,
	apikeys.RestrictApplications,
	compute.NoDefaultServiceAccountFullScope,
	iam.KMSSeparationOfDuties,
	iam.NoBasicRoles,
	iam.NoPersonalAccounts,
	iam.NoProjectServiceAccountUser,
	iam.NoPublicMembers,
	iam.NoServiceAccountAdmin,
	iam.NoServiceAccountKeys,
	iam.ServiceAccountSeparationOfDuties,
	kms.RotateKeys,
	kms.UseHSM,
	sql.DeletionProtection,
	sql.EnableBackups,
	sql.EnablePointInTimeRecovery,
	sql.EncryptWithCMEK,
	sql.MySQLNoLocalInfile,
	sql.MySQLSkipShowDatabase,
	sql.MySQLUserPassword,
	sql.NoPublicAuthorizedNetworks,
	sql.NoPublicIP,
	sql.PostgresEnablePgaudit,
	sql.PostgresLogConnections,
	sql.PostgresLogDisconnections,
	sql.PostgresLogErrorVerbosity,
	sql.PostgresLogMinDurationStatement,
	sql.PostgresLogMinErrorStatement,
	sql.PostgresLogMinMessages,
	sql.PostgresLogStatement,
	sql.RequireSSL,
	sql.SQLServerNoContainedDatabaseAuthentication,
	sql.SQLServerNoCrossDBOwnershipChaining,
	sql.SQLServerNoExternalScripts,
	sql.SQLServerNoRemoteAccess,
	sql.SQLServerNoUserOptions,
	sql.SQLServerTraceFlag3625,
	storage.EnableAccessLogging,
	storage.EncryptWithCMEK,
	storage.EnforcePublicAccessPrevention,
	storage.LogBucketRetentionLock,
	storage.LogBucketVersioning,
	storage.NoPublicACL,
	storage.NoPublicIAM,
	storage.UniformBucketLevelAccess,
}
