// Package storage holds the checks for Cloud Storage buckets, their ACLs and
// their IAM.
package storage

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// bucketType is the resource type companions point at.
const bucketType = "google_storage_bucket"

// bucketTarget is the target of a bucket argument (google_storage_bucket_acl.bucket...):
// the instance when the configuration holds it (by reference, else by its
// literal name, "b/NAME" included), else the argument itself.
func bucketTarget(m *lint.Module, a lint.Attr) lint.Target {
	return names.Resolve(m, bucketType, a)
}

// mayPreventPublic says whether public access prevention may be enforced on
// the target bucket: enforced, or unknown. A bucket the configuration does
// not hold may have it, but nothing says so: it is not assumed.
// public_access_prevention defaults to "inherited" (hashicorp/google v4-v6):
// enforced only if an organisation policy says so.
func mayPreventPublic(t lint.Target) bool {
	if t.Resource == nil {
		return false
	}
	s, ok := t.Resource.Attr("public_access_prevention").StringOr("inherited")
	return !ok || s == "enforced"
}

// sinkTypes are the log sinks that may export to a bucket.
var sinkTypes = []string{
	"google_logging_project_sink", "google_logging_folder_sink", "google_logging_organization_sink",
	"google_logging_billing_account_sink",
}

// destinationPrefix starts the destination of a sink that exports to a bucket.
const destinationPrefix = "storage.googleapis.com/"

// logExportBuckets returns, for each bucket of the configuration that a log
// sink exports to, the first such sink. A destination names a bucket by
// reference ("storage.googleapis.com/${google_storage_bucket.b.name}") or by
// its literal name.
func logExportBuckets(m *lint.Module) map[*lint.Resource]*lint.Resource {
	out := map[*lint.Resource]*lint.Resource{}
	for _, sink := range m.Resources(sinkTypes...) {
		dest := sink.Attr("destination")
		b := sinkBucket(m, dest)
		if b == nil {
			continue
		}
		if _, seen := out[b]; !seen {
			out[b] = sink
		}
	}
	return out
}

func sinkBucket(m *lint.Module, dest lint.Attr) *lint.Resource {
	var refs []*lint.Resource
	for _, r := range dest.Refs() {
		if r.Type == bucketType && !r.Data {
			refs = append(refs, r)
		}
	}
	if len(refs) == 1 {
		return refs[0]
	}
	s, ok := dest.StringOr("")
	if !ok || dest.Null() {
		return nil
	}
	name, ok := strings.CutPrefix(s, destinationPrefix)
	if !ok {
		return nil
	}
	for _, b := range m.Resources(bucketType) {
		if n, ok := b.Attr("name").StringOr(""); ok && n == name {
			return b
		}
	}
	return nil
}

// accessLogBuckets returns the buckets of the configuration that other
// buckets write their access logs to (logging.log_bucket), each with the
// first bucket that logs to it.
func accessLogBuckets(m *lint.Module) map[*lint.Resource]*lint.Resource {
	out := map[*lint.Resource]*lint.Resource{}
	for _, b := range m.Resources(bucketType) {
		t := bucketTarget(m, b.Block("logging").Attr("log_bucket"))
		if t.Resource == nil || t.Resource == b {
			continue
		}
		if _, seen := out[t.Resource]; !seen {
			out[t.Resource] = b
		}
	}
	return out
}
