package storage

import "github.com/tenantlint/tenantlint/lint"

// LogBucketVersioning flags log buckets (targets of other buckets' usage
// logs, or of a log sink's export) without object versioning. Default relied
// on: versioning.enabled defaults to false, and no versioning block means no
// versioning (hashicorp/google v4-v6). A bucket with a retention policy is
// left out: the policy already keeps objects from being deleted or replaced,
// and Cloud Storage does not allow both.
var LogBucketVersioning = &lint.Check{
	ID:       "google-storage-log-bucket-versioning",
	Title:    "Log bucket does not keep object versions",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A log that is overwritten or deleted is gone for good without versioning, and with it the " +
		"evidence of what happened. Versioning keeps the earlier generations of every log object, so a mistaken " +
		"or hostile delete can be undone.",
	Remediation: "Turn on versioning for the log bucket (or give it a locked retention policy):\n\n" +
		"    versioning {\n      enabled = true\n    }",
	Links: []string{
		"https://cloud.google.com/storage/docs/object-versioning",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#versioning",
	},
	Resources: []string{bucketType},
	Run: func(p *lint.Pass) {
		why := map[*lint.Resource]*lint.Resource{}
		for b, src := range accessLogBuckets(p.Module) {
			why[b] = src
		}
		for b, src := range logExportBuckets(p.Module) {
			if _, ok := why[b]; !ok {
				why[b] = src
			}
		}
		for _, b := range p.Resources() {
			src, ok := why[b]
			if !ok || b.Block("retention_policy").Exists() {
				continue
			}
			v := b.Block("versioning")
			on := v.Attr("enabled")
			switch enabled, ok := on.BoolOr(false); {
			case !ok || enabled:
			case !v.Exists():
				p.Reportf(b, "log bucket %s (written by %s) does not keep object versions", b.Address, src.Address)
			default:
				p.Reportf(on, "log bucket %s (written by %s) has versioning disabled", b.Address, src.Address)
			}
		}
	},
}
