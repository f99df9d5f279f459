package storage

import "github.com/tenantlint/tenantlint/lint"

// LogBucketRetentionLock flags buckets that a log sink exports to
// (google_logging_*_sink destination "storage.googleapis.com/NAME") without a
// locked retention policy. Defaults relied on (hashicorp/google v4-v6): no
// retention_policy block means no retention policy; is_locked defaults to
// false. Unknown values are not reported.
var LogBucketRetentionLock = &lint.Check{
	ID:       "google-storage-log-bucket-retention-lock",
	Title:    "Bucket receiving exported logs has no locked retention policy",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Logs exported to a bucket are the record an investigation relies on, and the first thing an " +
		"intruder with storage permissions deletes. A retention policy keeps every object for its period; " +
		"locking it (Bucket Lock) means nobody, not even a project owner, can shorten or remove it.",
	Remediation: "Give the log bucket a retention policy and lock it (locking cannot be undone):\n\n" +
		"    retention_policy {\n      retention_period = 31536000 # one year, in seconds\n      is_locked        = true\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/bucket-lock",
		"https://cloud.google.com/logging/docs/export/configure_export_v2",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#retention_policy",
	},
	Resources: []string{bucketType},
	Run: func(p *lint.Pass) {
		exports := logExportBuckets(p.Module)
		for _, b := range p.Resources() {
			sink, ok := exports[b]
			if !ok {
				continue
			}
			rp := b.Block("retention_policy")
			if !rp.Exists() {
				p.Reportf(b, "Cloud Storage bucket %s receives the logs of %s but has no retention policy", b.Address, sink.Address).
					Relate(sink.Attr("destination"), "the sink that exports to it")
				continue
			}
			locked := rp.Attr("is_locked")
			if on, ok := locked.BoolOr(false); ok && !on {
				p.Reportf(locked, "Cloud Storage bucket %s receives the logs of %s but its retention policy is not locked", b.Address, sink.Address).
					Relate(sink.Attr("destination"), "the sink that exports to it")
			}
		}
	},
}
