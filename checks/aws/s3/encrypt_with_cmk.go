package s3

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags bucket encryption rules that do not use a
// customer-managed KMS key: SSE-S3 (AES256), or aws:kms without
// kms_master_key_id (the AWS-managed aws/s3 key), or with "" or an AWS
// managed alias/aws/... key (kmskey); defaults as in hashicorp/aws v4-v6. Buckets that receive
// service logs are not reported: S3 server access logging and load
// balancer logs can only be written to SSE-S3 buckets. Buckets without any
// encryption rule are left to aws-s3-encrypt-buckets.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-s3-encrypt-with-cmk",
	Title:    "S3 bucket is not encrypted with a customer-managed KMS key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "With SSE-S3 or the AWS-managed aws/s3 key, anyone allowed to read an object gets it " +
		"decrypted. A customer-managed key adds a key policy the customer controls, a separate kms:Decrypt " +
		"permission in front of the data, and a CloudTrail record of every use.",
	Remediation: "Use aws:kms with a customer-managed key:\n\n" +
		"    apply_server_side_encryption_by_default {\n      sse_algorithm     = \"aws:kms\"\n" +
		"      kms_master_key_id = aws_kms_key.s3.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration",
	},
	Resources: []string{"aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			cfg, bucket := r.Body, bucketOf(p.Module, r.Attr("bucket"))
			if r.Type == "aws_s3_bucket" {
				cfg, bucket = r.Block("server_side_encryption_configuration"), r
			}
			if bucket != nil && isLogTarget(p.Module, bucket) {
				continue
			}
			for _, rule := range cfg.Blocks("rule") {
				for _, def := range rule.Blocks("apply_server_side_encryption_by_default") {
					alg := def.Attr("sse_algorithm")
					key := def.Attr("kms_master_key_id")
					s, ok := alg.StringOr("")
					switch {
					case ok && s == "AES256":
						p.Reportf(alg, "S3 bucket encryption %s uses S3-managed keys (AES256)", r.Address)
					case ok && (s == "aws:kms" || s == "aws:kms:dsse") && kmskey.NotCustomer(key):
						p.Reportf(kmskey.At(key, def), "S3 bucket encryption %s uses the AWS-managed aws/s3 key", r.Address)
					}
				}
			}
		}
	},
}
