// Package s3 holds the checks for S3 buckets and their companion resources.
package s3

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptBuckets flags buckets whose configuration declares no server-side
// encryption, inline (provider v3) or as a separate resource (v4+).
var EncryptBuckets = &lint.Check{
	ID:    "aws-s3-encrypt-buckets",
	Title: "S3 bucket declares no server-side encryption",
	// Low: since January 2023 S3 encrypts every new object with SSE-S3 when
	// the bucket declares nothing, so the gap is control of the key, not
	// plaintext at rest.
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A bucket without a server-side encryption configuration relies on the platform default: " +
		"SSE-S3 with an Amazon-managed key for objects written since January 2023, nothing for objects older buckets " +
		"already hold. The key, its policy and its audit trail are then out of the customer's hands. Declaring the " +
		"encryption, ideally with a customer-managed KMS key, makes it reviewable and lets a key policy restrict who " +
		"can decrypt.",
	Remediation: "Add an aws_s3_bucket_server_side_encryption_configuration for the bucket (provider v4+), or a " +
		"server_side_encryption_configuration block (v3), with sse_algorithm \"aws:kms\" and a kms_master_key_id.",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration",
	},
	Resources: []string{"aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, b := range p.Resources() {
			if hasSSE(b.Body) {
				continue
			}
			configs, certain := p.Module.Companions(names.AWS, b, "aws_s3_bucket_server_side_encryption_configuration", "bucket")
			if !certain {
				continue
			}
			encrypted := false
			for _, c := range configs {
				if hasRule(c.Body) {
					encrypted = true
				}
			}
			if !encrypted {
				p.Reportf(b, "S3 bucket %s declares no server-side encryption", b.Address)
			}
		}
	},
}

// hasSSE says whether a bucket body holds an inline (v3) encryption rule.
func hasSSE(b *lint.Block) bool {
	return hasRule(b.Block("server_side_encryption_configuration"))
}

// hasRule says whether an encryption configuration holds a rule with a
// default algorithm (or one that cannot be known).
func hasRule(cfg *lint.Block) bool {
	for _, rule := range cfg.Blocks("rule") {
		for _, def := range rule.Blocks("apply_server_side_encryption_by_default") {
			alg := def.Attr("sse_algorithm")
			if s, ok := alg.StringOr(""); !ok || s != "" {
				return true
			}
		}
	}
	return false
}
