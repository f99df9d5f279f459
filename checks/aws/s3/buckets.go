package s3

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// Links between bucket-scoped resources go through the engine's companion
// API (lint.Naming, lint.Target, Module.Links) with the AWS naming: a
// "bucket" argument may hold a reference (aws_s3_bucket.b.id, possibly
// through locals, variables and modules) or the literal bucket name; two
// arguments name the same bucket when they reference the same aws_s3_bucket
// or hold the same name.

// bucketType is the resource type companions point at.
const bucketType = "aws_s3_bucket"

// bucketTarget is the target of a bucket argument (aws_s3_bucket_acl.bucket...):
// the aws_s3_bucket instance when the configuration holds it, else the
// argument itself.
func bucketTarget(m *lint.Module, a lint.Attr) lint.Target {
	return names.AWS.Target(m, bucketType, a)
}

// bucketOf returns the aws_s3_bucket instance a bucket argument names, if
// the configuration holds it.
func bucketOf(m *lint.Module, a lint.Attr) *lint.Resource {
	return bucketTarget(m, a).Resource
}

// companions returns the instances of typ whose bucket argument names the
// target, and false when some instance's link cannot be known.
func companions(m *lint.Module, t lint.Target, typ string) ([]*lint.Resource, bool) {
	l := m.Links(names.AWS, t, typ, "bucket")
	return l.Same, l.Certain()
}

// blockSettings are the four settings of a public access block.
var blockSettings = []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

// mayBlock says whether a public access block setting may be on for the
// target bucket: on (or unknown) in the account-level block, or in a
// bucket-level block linked to it (or whose link is unknown). Every setting
// defaults to false.
func mayBlock(m *lint.Module, t lint.Target, setting string) bool {
	for _, acct := range m.Resources("aws_s3_account_public_access_block") {
		if on, ok := acct.Attr(setting).BoolOr(false); on || !ok {
			return true
		}
	}
	for _, pab := range m.Resources("aws_s3_bucket_public_access_block") {
		if names.AWS.Link(t, pab.Attr("bucket")) != lint.LinkNot {
			if on, known := pab.Attr(setting).BoolOr(false); on || !known {
				return true
			}
		}
	}
	return false
}

// aclsNeutralised says whether public ACLs on the bucket may be ignored or
// rejected: a public access block that may ignore or block them, or
// ownership controls that disable ACLs (or whose setting is unknown).
func aclsNeutralised(m *lint.Module, t lint.Target) bool {
	if mayBlock(m, t, "ignore_public_acls") || mayBlock(m, t, "block_public_acls") {
		return true
	}
	controls, certain := companions(m, t, "aws_s3_bucket_ownership_controls")
	if !certain {
		return true
	}
	for _, oc := range controls {
		own := oc.Block("rule").Attr("object_ownership")
		if s, ok := own.StringOr(""); !ok || s == "BucketOwnerEnforced" {
			return true
		}
	}
	return false
}
