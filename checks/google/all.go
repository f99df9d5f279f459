// Package google holds the Google Cloud checks, one package per service, and
// their registry. The effective-IAM view they share is in
// checks/google/internal/iamview, the provider's naming in
// checks/google/internal/names.
package google

import (
	"github.com/tenantlint/tenantlint/checks/google/apikeys"
	"github.com/tenantlint/tenantlint/checks/google/appengine"
	"github.com/tenantlint/tenantlint/checks/google/artifactregistry"
	"github.com/tenantlint/tenantlint/checks/google/bigquery"
	"github.com/tenantlint/tenantlint/checks/google/bigtable"
	"github.com/tenantlint/tenantlint/checks/google/cloudrun"
	"github.com/tenantlint/tenantlint/checks/google/compute"
	"github.com/tenantlint/tenantlint/checks/google/dataproc"
	"github.com/tenantlint/tenantlint/checks/google/dns"
	"github.com/tenantlint/tenantlint/checks/google/functions"
	"github.com/tenantlint/tenantlint/checks/google/iam"
	"github.com/tenantlint/tenantlint/checks/google/kms"
	"github.com/tenantlint/tenantlint/checks/google/logging"
	"github.com/tenantlint/tenantlint/checks/google/pubsub"
	"github.com/tenantlint/tenantlint/checks/google/redis"
	"github.com/tenantlint/tenantlint/checks/google/secretmanager"
	"github.com/tenantlint/tenantlint/checks/google/spanner"
	"github.com/tenantlint/tenantlint/checks/google/storage"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every Google check, sorted by ID.
var All = []*lint.Check{
	apikeys.RestrictAPIs,
	apikeys.RestrictApplications,
	appengine.HTTPSOnly,
	appengine.RestrictIngress,
	artifactregistry.EncryptWithCMEK,
	bigquery.EncryptWithCMEK,
	bigquery.NoPublicAccess,
	bigtable.EncryptWithCMEK,
	cloudrun.BinaryAuthorization,
	cloudrun.InvokerIAMCheck,
	cloudrun.NoPlaintextSecrets,
	cloudrun.RestrictIngress,
	compute.NoDefaultServiceAccountFullScope,
	dataproc.EncryptWithCMEK,
	dataproc.NoPublicIP,
	dns.EnableDNSSEC,
	dns.NoRSASHA1,
	dns.PolicyEnableLogging,
	functions.HTTPSOnly,
	functions.NoPlaintextSecrets,
	functions.RestrictIngress,
	functions.VPCEgressAllTraffic,
	iam.KMSSeparationOfDuties,
	iam.NoBasicRoles,
	iam.NoPersonalAccounts,
	iam.NoProjectServiceAccountUser,
	iam.NoPublicMembers,
	iam.NoServiceAccountAdmin,
	iam.NoServiceAccountKeys,
	iam.ServiceAccountSeparationOfDuties,
	kms.RotateKeys,
	logging.AuditDataAccess,
	logging.AuditNoExemptions,
	logging.BucketEncryptWithCMEK,
	logging.SinkBucketLocked,
	pubsub.EncryptWithCMEK,
	pubsub.PushAuthentication,
	redis.EnableAuth,
	redis.EncryptWithCMEK,
	redis.TransitEncryption,
	secretmanager.EncryptWithCMEK,
	spanner.EncryptWithCMEK,
	storage.EnableAccessLogging,
	storage.EncryptWithCMEK,
	storage.EnforcePublicAccessPrevention,
	storage.LogBucketRetentionLock,
	storage.LogBucketVersioning,
	storage.NoPublicACL,
	storage.NoPublicIAM,
	storage.UniformBucketLevelAccess,
}
