package s3

import "github.com/tenantlint/tenantlint/lint"

// ObjectOwnershipEnforced flags ownership controls that keep ACLs enabled:
// rule.object_ownership BucketOwnerPreferred or ObjectWriter. Default relied
// on: a bucket created without ownership controls has BucketOwnerEnforced
// (the S3 default for new buckets since April 2023, whatever the provider
// major), so only a companion that says otherwise is reported. Each
// aws_s3_bucket_ownership_controls is judged on its own, also when its
// bucket is out of sight. Exempt, since CloudFront standard logs are
// delivered through ACLs: a bucket of the configuration that receives logs,
// and a bucket whose ACL grants the CloudFront log delivery account.
var ObjectOwnershipEnforced = &lint.Check{
	ID:       "aws-s3-object-ownership-enforced",
	Title:    "S3 bucket keeps ACLs enabled",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "With object ownership BucketOwnerPreferred or ObjectWriter, object and bucket ACLs still " +
		"grant access, beside the bucket policy: an ACL set by a writer, another account or a mistaken " +
		"upload can make objects readable to others without the policy showing it, and objects written by " +
		"other accounts may stay theirs. BucketOwnerEnforced disables ACLs, so the policy alone decides.",
	Remediation: "Disable ACLs:\n\n" +
		"    resource \"aws_s3_bucket_ownership_controls\" \"b\" {\n      bucket = aws_s3_bucket.b.id\n" +
		"      rule {\n        object_ownership = \"BucketOwnerEnforced\"\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls",
	},
	Resources: []string{"aws_s3_bucket_ownership_controls"},
	Run: func(p *lint.Pass) {
		for _, oc := range p.Resources() {
			t := bucketTarget(p.Module, oc.Attr("bucket"))
			b := t.Resource
			if b != nil && isLogTarget(p.Module, b) || mayGrantCloudFrontLogs(p.Module, t) {
				continue
			}
			for _, rule := range oc.Blocks("rule") {
				own := rule.Attr("object_ownership")
				s, ok := own.StringOr("")
				if !ok || own.Null() || s == "BucketOwnerEnforced" {
					continue
				}
				if b != nil {
					p.Reportf(own, "S3 bucket %s keeps ACLs enabled (object_ownership %s)", b.Address, own.Display())
				} else {
					p.Reportf(own, "S3 ownership controls %s keep ACLs enabled (object_ownership %s)", oc.Address, own.Display())
				}
			}
		}
	},
}
