package logging

import "github.com/tenantlint/tenantlint/lint"

// SinkBucketLocked flags log buckets (google_logging_project_bucket_config)
// that a log sink routes to but that are not locked. Default relied on
// (hashicorp/google v4-v6): locked defaults to false. Buckets that no sink of
// the configuration routes to are not read (the _Default bucket of a project
// receives logs without any sink, and its retention is its owner's choice);
// sinks to Cloud Storage buckets are judged by
// google-storage-log-bucket-retention-lock. Unknown values are not reported.
var SinkBucketLocked = &lint.Check{
	ID:       "google-logging-sink-bucket-locked",
	Title:    "Log bucket receiving routed logs is not locked",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A sink that routes logs to a dedicated log bucket is usually the organisation's retained audit " +
		"record. Until the bucket is locked, anyone with logging.buckets.update can shorten its retention or " +
		"delete it, and the record with it; a locked bucket keeps every entry for its whole retention period.",
	Remediation: "Lock the bucket once its retention is right (locking cannot be undone):\n\n" +
		"    resource \"google_logging_project_bucket_config\" \"audit\" {\n      project        = var.project\n" +
		"      location       = \"global\"\n      bucket_id      = \"audit\"\n      retention_days = 400\n      locked         = true\n    }",
	Links: []string{
		"https://cloud.google.com/logging/docs/buckets#locking-logs-buckets",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/logging_project_bucket_config#locked",
	},
	Resources: []string{bucketType},
	Run: func(p *lint.Pass) {
		routed := sinkBuckets(p.Module)
		if len(routed) == 0 {
			return
		}
		for _, b := range p.Resources() {
			sink, ok := routed[b]
			if !ok {
				continue
			}
			locked := b.Attr("locked")
			on, ok := locked.BoolOr(false)
			switch {
			case !ok || on:
			case locked.Null():
				p.Reportf(b, "Log bucket %s receives the logs of %s but is not locked", b.Address, sink.Address).
					Relate(sink.Attr("destination"), "the sink that routes to it")
			default:
				p.Reportf(locked, "Log bucket %s receives the logs of %s but sets locked = false", b.Address, sink.Address).
					Relate(sink.Attr("destination"), "the sink that routes to it")
			}
		}
	},
}
