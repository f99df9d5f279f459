package s3

import "github.com/tenantlint/tenantlint/lint"

// AccessPointBlockPublicAccess flags access points whose own public access
// block turns a setting off. In aws_s3_access_point every setting of
// public_access_block_configuration defaults to true, so only an explicit
// false is reported, and not when the account-level block turns it on.
var AccessPointBlockPublicAccess = &lint.Check{
	ID:       "aws-s3-access-point-block-public-access",
	Title:    "S3 access point public access block has a setting off",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "An access point is a separate door to a bucket's data with its own policy. With its public " +
		"access block weakened, an access point policy that grants \"*\" by mistake exposes the bucket's " +
		"objects even when the bucket itself is private.",
	Remediation: "Remove the false settings from public_access_block_configuration (they default to true):\n\n" +
		"    public_access_block_configuration {\n      block_public_acls       = true\n" +
		"      block_public_policy     = true\n      ignore_public_acls      = true\n" +
		"      restrict_public_buckets = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_access_point",
	},
	Resources: []string{"aws_s3_access_point"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			cfg := r.Block("public_access_block_configuration")
			for _, s := range blockSettings {
				a := cfg.Attr(s)
				if on, ok := a.BoolOr(true); !ok || on {
					continue
				}
				if p.Module.Any("aws_s3_account_public_access_block", func(acct *lint.Resource) bool {
					on, ok := acct.Attr(s).BoolOr(false)
					return on || !ok
				}) {
					continue
				}
				p.Reportf(a, "S3 access point %s turns %s off", r.Address, s)
			}
		}
	},
}
