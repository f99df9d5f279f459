package s3

import "github.com/tenantlint/tenantlint/lint"

// AccountPublicAccessBlock flags an account-level public access block with
// a setting off. Each setting defaults to false in
// aws_s3_account_public_access_block.
var AccountPublicAccessBlock = &lint.Check{
	ID:       "aws-s3-account-public-access-block",
	Title:    "Account-level S3 public access block has a setting off",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "The account-level public access block keeps every bucket of the account private whatever " +
		"its own settings say. A setting left off lets any bucket, including ones created later by hand or by " +
		"other tools, be made public by an ACL or a bucket policy.",
	Remediation: "Turn on all four settings:\n\n" +
		"    resource \"aws_s3_account_public_access_block\" \"account\" {\n" +
		"      block_public_acls       = true\n      block_public_policy     = true\n" +
		"      ignore_public_acls      = true\n      restrict_public_buckets = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_account_public_access_block",
	},
	Resources: []string{"aws_s3_account_public_access_block"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, s := range blockSettings {
				a := r.Attr(s)
				if on, ok := a.BoolOr(false); ok && !on {
					p.Reportf(a, "account public access block %s leaves %s off", r.Address, s)
				}
			}
		}
	},
}
