// Package logging holds the checks for Cloud Audit Logs configuration
// (google_project_iam_audit_config and its folder and organisation forms),
// log buckets and the sinks that route logs to them.
package logging

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// auditConfigTypes are the resources that set the audit logging of a
// project, folder or organisation, one service at a time.
var auditConfigTypes = []string{
	"google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config",
}

// allServices is the service name of an audit config for every service.
const allServices = "allServices"

// sinkTypes are the log sinks.
var sinkTypes = []string{
	"google_logging_project_sink", "google_logging_folder_sink", "google_logging_organization_sink",
	"google_logging_billing_account_sink",
}

// bucketType is the log bucket of a project (the _Default, _Required and
// user-defined buckets).
const bucketType = "google_logging_project_bucket_config"

// logBucketPrefix starts the destination of a sink that routes to a log
// bucket: logging.googleapis.com/projects/P/locations/L/buckets/B.
const logBucketPrefix = "logging.googleapis.com/"

// sinkBuckets returns, for each log bucket of the configuration that a sink
// routes to, the first such sink. A destination names the bucket by
// reference, or by its literal path when exactly one bucket has that
// location and bucket_id (and project, when both are known).
func sinkBuckets(m *lint.Module) map[*lint.Resource]*lint.Resource {
	out := map[*lint.Resource]*lint.Resource{}
	var buckets []*lint.Resource // read once, only when a literal needs it
	for _, sink := range m.Resources(sinkTypes...) {
		dest := sink.Attr("destination")
		b := bucketByRef(dest)
		if b == nil {
			if buckets == nil {
				buckets = m.Resources(bucketType)
			}
			b = bucketByPath(buckets, dest)
		}
		if b == nil {
			continue
		}
		if _, seen := out[b]; !seen {
			out[b] = sink
		}
	}
	return out
}

func bucketByRef(dest lint.Attr) *lint.Resource {
	var found *lint.Resource
	for _, r := range dest.Refs() {
		if r.Type != bucketType || r.Data {
			continue
		}
		if found != nil && found != r {
			return nil
		}
		found = r
	}
	return found
}

// bucketByPath resolves a literal destination path.
func bucketByPath(buckets []*lint.Resource, dest lint.Attr) *lint.Resource {
	s, ok := dest.StringOr("")
	if !ok || dest.Null() {
		return nil
	}
	path, ok := strings.CutPrefix(s, logBucketPrefix)
	if !ok {
		return nil
	}
	parts := strings.Split(path, "/")
	if len(parts) != 6 || parts[0] != "projects" || parts[2] != "locations" || parts[4] != "buckets" {
		return nil
	}
	project, location, id := parts[1], parts[3], parts[5]
	var found *lint.Resource
	for _, b := range buckets {
		if !equal(b.Attr("bucket_id"), id) || !equal(b.Attr("location"), location) {
			continue
		}
		if p, ok := b.Attr("project").StringOr(""); ok && p != "" && strings.TrimPrefix(p, "projects/") != project {
			continue
		}
		if found != nil {
			return nil
		}
		found = b
	}
	return found
}

func equal(a lint.Attr, want string) bool {
	s, ok := a.StringOr("")
	return ok && !a.Null() && s == want
}
