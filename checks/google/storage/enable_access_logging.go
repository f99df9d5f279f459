package storage

import "github.com/tenantlint/tenantlint/lint"

// EnableAccessLogging flags buckets that write no usage logs: no logging
// block, or one without log_bucket (hashicorp/google v4-v6: absent means no
// usage logs). Buckets that receive other buckets' usage logs, or a log
// sink's export, are left out: logging them would log the logs. An unknown
// log_bucket is not reported.
var EnableAccessLogging = &lint.Check{
	ID:       "google-storage-enable-access-logging",
	Title:    "Cloud Storage bucket has no usage logs",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Usage logs record every request made to a bucket, including anonymous ones, with the caller's IP " +
		"address. Data Access audit logs are off by default for Cloud Storage and miss public requests, so without " +
		"usage logs nobody can tell afterwards who downloaded what.",
	Remediation: "Send the bucket's usage logs to a log bucket (or enable Data Access audit logs for storage):\n\n" +
		"    logging {\n      log_bucket = google_storage_bucket.logs.name\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/access-logs",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#logging",
	},
	Resources: []string{bucketType},
	Run: func(p *lint.Pass) {
		logTargets := accessLogBuckets(p.Module)
		exports := logExportBuckets(p.Module)
		for _, b := range p.Resources() {
			if _, ok := logTargets[b]; ok {
				continue
			}
			if _, ok := exports[b]; ok {
				continue
			}
			logging := b.Block("logging")
			dest := logging.Attr("log_bucket")
			switch s, ok := dest.StringOr(""); {
			case !ok:
			case !logging.Exists():
				p.Reportf(b, "Cloud Storage bucket %s writes no usage logs", b.Address)
			case s == "":
				p.Reportf(dest, "Cloud Storage bucket %s has a logging block without log_bucket", b.Address)
			}
		}
	},
}
