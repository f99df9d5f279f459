package s3

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// BlockPublicAccess flags buckets whose public access block is missing or
// has one of its four settings off. Each setting defaults to false in
// aws_s3_bucket_public_access_block. A setting that the account-level block
// (aws_s3_account_public_access_block) turns on is covered for every bucket.
// A public access block whose bucket is out of sight (a variable, another
// module's output) is judged on its own settings.
var BlockPublicAccess = &lint.Check{
	ID:       "aws-s3-block-public-access",
	Title:    "S3 bucket public access block is missing or incomplete",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "S3 Block Public Access is the guard rail that keeps a bucket private when a policy or ACL " +
		"grants access to everyone by mistake. A bucket without it, or with one of its settings off, is one " +
		"careless policy, ACL or object upload away from exposing its data to the internet. A setting turned off " +
		"is reported as high; a bucket with no block at all as medium, since S3 turns Block Public Access on for " +
		"new buckets by default (April 2023) unless the configuration or a console change turns it off.",
	Remediation: "Add a public access block for the bucket with all four settings on (or one for the account):\n\n" +
		"    resource \"aws_s3_bucket_public_access_block\" \"b\" {\n      bucket                  = aws_s3_bucket.b.id\n" +
		"      block_public_acls       = true\n      block_public_policy     = true\n" +
		"      ignore_public_acls      = true\n      restrict_public_buckets = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block",
	},
	Resources: []string{"aws_s3_bucket", "aws_s3_bucket_public_access_block"},
	Run: func(p *lint.Pass) {
		// open lists the settings the account-level block leaves off.
		var open []string
		for _, s := range blockSettings {
			if !p.Module.Any("aws_s3_account_public_access_block", func(r *lint.Resource) bool {
				on, ok := r.Attr(s).BoolOr(false)
				return on || !ok
			}) {
				open = append(open, s)
			}
		}
		if len(open) == 0 {
			return
		}
		for _, b := range p.Resources() {
			if b.Type == "aws_s3_bucket_public_access_block" {
				// A block whose bucket is out of sight (a variable, another
				// module's output, a bucket this configuration does not
				// hold) is judged on its own settings.
				if bucketOf(p.Module, b.Attr("bucket")) == nil {
					reportBlock(p, b, open, "public access block "+b.Address)
				}
				continue
			}
			blocks, certain := p.Module.Companions(names.AWS, b, "aws_s3_bucket_public_access_block", "bucket")
			if !certain {
				continue
			}
			if len(blocks) == 0 {
				// Medium, not high: since April 2023 S3 turns Block Public Access
				// on for new buckets, so a missing block leaves the bucket to that
				// default (and to any console change) rather than open.
				f := p.Reportf(b, "S3 bucket %s has no public access block (it relies on the S3 default for new buckets)", b.Address)
				f.Severity = lint.Medium
				continue
			}
			for _, pab := range blocks {
				reportBlock(p, pab, open, "S3 bucket "+b.Address+": public access block "+pab.Address)
			}
		}
	},
}

// reportBlock reports the settings of open that a public access block turns
// off, each at its argument, and those it leaves absent (default false), at
// the block. what names the block for the messages.
func reportBlock(p *lint.Pass, pab *lint.Resource, open []string, what string) {
	var absent []string
	for _, s := range open {
		a := pab.Attr(s)
		if on, ok := a.BoolOr(false); ok && !on && a.Null() {
			absent = append(absent, s)
		} else if ok && !on {
			p.Reportf(a, "%s turns %s off", what, s)
		}
	}
	if len(absent) > 0 {
		p.Reportf(pab, "%s leaves %s off (default false)", what, strings.Join(absent, ", "))
	}
}
