// Package checks is the registry of every check tenantlint runs.
package checks

import (
	"github.com/tenantlint/tenantlint/checks/aws/docdb"
	"github.com/tenantlint/tenantlint/checks/aws/ec2"
	"github.com/tenantlint/tenantlint/checks/aws/ecr"
	"github.com/tenantlint/tenantlint/checks/aws/ecs"
	"github.com/tenantlint/tenantlint/checks/aws/eks"
	"github.com/tenantlint/tenantlint/checks/aws/lambda"
	"github.com/tenantlint/tenantlint/checks/aws/neptune"
	"github.com/tenantlint/tenantlint/checks/aws/rds"
	"github.com/tenantlint/tenantlint/checks/aws/s3"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every check, sorted by ID. It is the one list: no init(), no blank imports.
var All = []*lint.Check{
	docdb.BackupRetention,
	docdb.EncryptStorage,
	docdb.LogExports,
	docdb.RequireTLS,
	ec2.EncryptVolumes,
	ecr.EncryptWithCMK,
	ecr.ImmutableTags,
	ecr.NoPublicPolicy,
	ecr.ScanOnPush,
	ecs.ContainerInsights,
	ecs.EFSTransitEncryption,
	ecs.NoPlaintextSecrets,
	ecs.NoPrivilegedContainers,
	ecs.NoRootUser,
	eks.ControlPlaneLogging,
	eks.EncryptSecrets,
	eks.NoPublicEndpoint,
	eks.NodeSSHOpen,
	lambda.DeprecatedRuntime,
	lambda.EnableTracing,
	lambda.FunctionURLAuth,
	lambda.NoSecretsInEnv,
	lambda.RestrictPermission,
	neptune.BackupRetention,
	neptune.EncryptStorage,
	neptune.IAMAuth,
	neptune.LogExports,
	rds.AutoMinorUpgrade,
	rds.BackupRetention,
	rds.DeletionProtection,
	rds.EncryptStorage,
	rds.IAMAuthentication,
	rds.LogExports,
	rds.NoPublicAccess,
	rds.NoPublicSnapshots,
	s3.EncryptBuckets,
}

// ByID returns the check with the given ID.
func ByID(id string) *lint.Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}
