// Package checks is the registry of every check tenantlint runs.
package checks

import (
	"github.com/tenantlint/tenantlint/checks/aws/ec2"
	"github.com/tenantlint/tenantlint/checks/aws/s3"
	"github.com/tenantlint/tenantlint/lint"
)

// All is every check, sorted by ID. It is the one list: no init(), no blank imports.
var All = []*lint.Check{
	ec2.EncryptVolumes,
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
