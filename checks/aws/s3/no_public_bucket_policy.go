package s3

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicBucketPolicy flags bucket policies that allow Principal "*" without
// a condition that ties the statement to known accounts, organizations or
// networks. Nothing is reported when a public access block may restrict
// public buckets or reject public policies (block_public_policy,
// restrict_public_buckets).
var NoPublicBucketPolicy = &lint.Check{
	ID:       "aws-s3-no-public-bucket-policy",
	Title:    "S3 bucket policy allows public access",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A bucket policy statement that allows Principal \"*\" with no condition on the caller's " +
		"account, organization or network grants its actions to anyone on the internet. Read actions expose " +
		"every object; write and delete actions let anyone plant or destroy data. Reading or writing objects " +
		"is critical.",
	Remediation: "Name the principals that need access, or restrict \"*\" with a condition:\n\n" +
		"    Principal = \"*\"\n    Condition = { StringEquals = { \"aws:PrincipalOrgID\" = \"o-abc123\" } }\n\n" +
		"For public websites, serve through CloudFront with origin access control instead.",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy",
	},
	Resources: []string{"aws_s3_bucket_policy", "aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		seen := iampolicy.Seen{}
		for _, r := range p.Resources() {
			t := lint.ResourceTarget(r)
			if r.Type == "aws_s3_bucket_policy" {
				t = bucketTarget(p.Module, r.Attr("bucket"))
			}
			policy := r.Attr("policy")
			if policy.Null() || mayBlock(p.Module, t, "restrict_public_buckets") || mayBlock(p.Module, t, "block_public_policy") {
				continue
			}
			for _, st := range publicStatements(policy) {
				if !seen.First(st) {
					continue
				}
				what := strings.Join(st.Actions, ", ")
				if len(st.Actions) == 0 {
					what = "every action but " + strings.Join(st.NotActions, ", ")
				}
				f := p.Reportf(st.At, "S3 bucket policy %s allows %s to anyone", r.Address, what)
				for _, a := range []string{"s3:GetObject", "s3:PutObject", "s3:DeleteObject"} {
					if st.Grants(a) {
						f.Severity = lint.Critical
					}
				}
			}
		}
	},
}
