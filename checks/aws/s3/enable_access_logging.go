package s3

import (
	"slices"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableAccessLogging flags buckets without server access logging: no
// aws_s3_bucket_logging companion and no inline (v3) logging block. Buckets
// that receive logs themselves are not reported: logging a log bucket into
// itself loops, and into another bucket only moves the question; except the
// bucket that receives CloudTrail logs, which CIS AWS Foundations 3.6 wants
// logged (to another bucket) so that access to the audit trail is recorded. Nor are
// buckets whose object-level requests a CloudTrail trail records (data
// events), which answers the same questions.
var EnableAccessLogging = &lint.Check{
	ID:       "aws-s3-enable-access-logging",
	Title:    "S3 bucket server access logging is off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "Server access logs record every request made to a bucket: who read, wrote or deleted which " +
		"object, from where. Without them (or CloudTrail data events), a data leak from the bucket cannot be " +
		"scoped: nobody can tell which objects were taken or by whom.",
	Remediation: "Send the bucket's access logs to a dedicated log bucket:\n\n" +
		"    resource \"aws_s3_bucket_logging\" \"b\" {\n      bucket        = aws_s3_bucket.b.id\n" +
		"      target_bucket = aws_s3_bucket.logs.id\n      target_prefix = \"s3/b/\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging",
	},
	Resources: []string{"aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, b := range p.Resources() {
			if b.Block("logging").Exists() {
				continue
			}
			configs, certain := p.Module.Companions(names.AWS, b, "aws_s3_bucket_logging", "bucket")
			if !certain || len(configs) > 0 {
				continue
			}
			switch {
			case trailBucket(p.Module, b):
				p.Reportf(b, "S3 bucket %s receives CloudTrail logs but has no server access logging", b.Address)
			case !isLogTarget(p.Module, b) && !dataEvents(p.Module, b):
				p.Reportf(b, "S3 bucket %s has no server access logging", b.Address)
			}
		}
	},
}

// dataEvents says whether a trail's event selector records S3 object data
// events for the bucket (or for every bucket).
func dataEvents(m *lint.Module, b *lint.Resource) bool {
	for _, trail := range m.Resources("aws_cloudtrail") {
		for _, sel := range trail.Blocks("event_selector") {
			for _, dr := range sel.Blocks("data_resource") {
				if !dr.Attr("type").Equals("AWS::S3::Object") {
					continue
				}
				for _, v := range dr.Attr("values").Elements() {
					s, ok := v.StringOr("")
					if !ok || s == "arn:aws:s3" || s == "arn:aws:s3:::" || v.References(b) || namesBucket(v, b) {
						return true
					}
				}
			}
		}
	}
	return false
}

// trailBucket says whether the bucket is known to receive CloudTrail logs:
// a trail's s3_bucket_name names it, or its bucket policy lets
// cloudtrail.amazonaws.com write. CIS AWS Foundations 3.6 asks for access
// logging on exactly that bucket, although log buckets are otherwise exempt.
func trailBucket(m *lint.Module, b *lint.Resource) bool {
	t := lint.ResourceTarget(b)
	for _, trail := range m.Resources("aws_cloudtrail") {
		if a := trail.Attr("s3_bucket_name"); names.AWS.Link(t, a) == lint.LinkSame || namesBucket(a, b) {
			return true
		}
	}
	policies, _ := bucketPolicies(m, b)
	for _, pol := range policies {
		sts, _ := iampolicy.Read(pol)
		for _, st := range sts {
			if st.Allows() && slices.Contains(st.Principals["Service"], "cloudtrail.amazonaws.com") {
				return true
			}
		}
	}
	return false
}
