package s3

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// Links between bucket-scoped resources. A "bucket" argument may hold a
// reference (aws_s3_bucket.b.id, possibly through locals, variables and
// modules) or the literal bucket name; two arguments name the same bucket
// when they reference the same aws_s3_bucket or hold the same name.

// link says whether two bucket arguments name the same bucket: yes, no, or
// "unknown" (ok false) when either points somewhere that cannot be known.
func link(a, b lint.Attr) (same, ok bool) {
	ra, rb := buckets(a), buckets(b)
	for _, r := range ra {
		if slices.Contains(rb, r) {
			return true, true
		}
	}
	sa, oka := a.StringOr("")
	sb, okb := b.StringOr("")
	if oka && okb && !a.Null() && !b.Null() {
		return sa == sb && sa != "", true
	}
	if oka && !a.Null() && named(rb, sa) || okb && !b.Null() && named(ra, sb) {
		return true, true
	}
	// Unknown on one side: a reference to a known bucket that is not the
	// other one is a "no"; anything else cannot be decided.
	if (!oka && len(ra) == 0) || (!okb && len(rb) == 0) {
		return false, false
	}
	return false, true
}

// buckets returns the aws_s3_bucket instances a value was computed from.
func buckets(a lint.Attr) []*lint.Resource {
	var out []*lint.Resource
	for _, r := range a.Refs() {
		if r.Type == "aws_s3_bucket" && !r.Data {
			out = append(out, r)
		}
	}
	return out
}

func named(rs []*lint.Resource, name string) bool {
	for _, r := range rs {
		if slices.Contains(r.Identity(), name) {
			return true
		}
	}
	return false
}

// bucketOf returns the aws_s3_bucket instance a bucket argument names, if
// the configuration holds it.
func bucketOf(m *lint.Module, a lint.Attr) *lint.Resource {
	if rs := buckets(a); len(rs) == 1 {
		return rs[0]
	}
	if s, ok := a.StringOr(""); ok && !a.Null() {
		for _, b := range m.Resources("aws_s3_bucket") {
			if slices.Contains(b.Identity(), s) {
				return b
			}
		}
	}
	return nil
}

// target is a bucket as a companion may name it: the aws_s3_bucket instance
// when the configuration holds it, else the bucket argument that names it.
type target struct {
	res  *lint.Resource
	attr lint.Attr
}

// bucketTarget is the target of a bucket argument (aws_s3_bucket_acl.bucket...).
func bucketTarget(m *lint.Module, a lint.Attr) target {
	return target{res: bucketOf(m, a), attr: a}
}

// linked says whether a companion's bucket argument names the target; ok is
// false when it cannot be known.
func (t target) linked(a lint.Attr) (same, ok bool) {
	if t.res == nil {
		return link(a, t.attr)
	}
	if a.References(t.res) {
		return true, true
	}
	if s, known := a.StringOr(""); known && !a.Null() {
		return slices.Contains(t.res.Identity(), s), true
	}
	return false, !a.Unknown() || len(a.Refs()) > 0
}

// companions returns the instances of typ whose bucket argument names the
// target, and false when some instance's link cannot be known.
func (t target) companions(m *lint.Module, typ string) ([]*lint.Resource, bool) {
	var out []*lint.Resource
	certain := true
	for _, r := range m.Resources(typ) {
		same, ok := t.linked(r.Attr("bucket"))
		certain = certain && ok
		if same {
			out = append(out, r)
		}
	}
	return out, certain
}

// blockSettings are the four settings of a public access block.
var blockSettings = []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

// mayBlock says whether a public access block setting may be on for the
// target bucket: on (or unknown) in the account-level block, or in a
// bucket-level block linked to it (or whose link is unknown). Every setting
// defaults to false.
func mayBlock(m *lint.Module, t target, setting string) bool {
	for _, acct := range m.Resources("aws_s3_account_public_access_block") {
		if on, ok := acct.Attr(setting).BoolOr(false); on || !ok {
			return true
		}
	}
	for _, pab := range m.Resources("aws_s3_bucket_public_access_block") {
		if same, ok := t.linked(pab.Attr("bucket")); same || !ok {
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
func aclsNeutralised(m *lint.Module, t target) bool {
	if mayBlock(m, t, "ignore_public_acls") || mayBlock(m, t, "block_public_acls") {
		return true
	}
	controls, certain := t.companions(m, "aws_s3_bucket_ownership_controls")
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
