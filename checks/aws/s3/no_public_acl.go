package s3

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicACL flags bucket ACLs that grant access to everyone (AllUsers) or
// to every AWS account (AuthenticatedUsers): a canned acl of public-read,
// public-read-write or authenticated-read, or such a grant, on
// aws_s3_bucket_acl or on the bucket itself (provider v3). Nothing is
// reported when a public access block may ignore or reject public ACLs, or
// when the bucket's ownership controls disable ACLs (BucketOwnerEnforced).
var NoPublicACL = &lint.Check{
	ID:       "aws-s3-no-public-acl",
	Title:    "S3 bucket ACL grants public access",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A public bucket ACL lets anyone on the internet (AllUsers) or any AWS account " +
		"(AuthenticatedUsers) list the bucket, and with write access upload, overwrite or plant objects that " +
		"applications and users then trust. Write access is critical.",
	Remediation: "Use a private ACL, or better, disable ACLs and grant access through the bucket policy:\n\n" +
		"    resource \"aws_s3_bucket_ownership_controls\" \"b\" {\n      bucket = aws_s3_bucket.b.id\n" +
		"      rule {\n        object_ownership = \"BucketOwnerEnforced\"\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl",
	},
	Resources: []string{"aws_s3_bucket_acl", "aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_s3_bucket_acl" {
				t := bucketTarget(p.Module, r.Attr("bucket"))
				checkACL(p, r, t, r.Attr("acl"), r.Block("access_control_policy").Blocks("grant"))
				continue
			}
			// Provider v3: acl and grant blocks on the bucket itself.
			checkACL(p, r, lint.ResourceTarget(r), r.Attr("acl"), r.Blocks("grant"))
		}
	},
}

func checkACL(p *lint.Pass, r *lint.Resource, t lint.Target, acl lint.Attr, grants []*lint.Block) {
	if aclsNeutralised(p.Module, t) {
		return
	}
	switch s, _ := acl.StringOr(""); s {
	case "public-read-write":
		p.Reportf(acl, "ACL of %s lets anyone read and write the bucket (%s)", r.Address, s).Severity = lint.Critical
	case "public-read", "authenticated-read":
		p.Reportf(acl, "ACL of %s grants public access to the bucket (%s)", r.Address, s)
	}
	for _, g := range grants {
		uri, _ := g.Block("grantee").Attr("uri").StringOr("")
		if len(g.Blocks("grantee")) == 0 {
			uri, _ = g.Attr("uri").StringOr("") // v3 grant blocks
		}
		who := ""
		switch {
		case strings.HasSuffix(uri, "/global/AllUsers"):
			who = "everyone"
		case strings.HasSuffix(uri, "/global/AuthenticatedUsers"):
			who = "every AWS account"
		default:
			continue
		}
		perms := append(g.Attr("permissions").Strings(), g.Attr("permission").Strings()...)
		f := p.Reportf(g, "ACL of %s grants %s to %s", r.Address, strings.Join(perms, ", "), who)
		for _, perm := range perms {
			if perm == "WRITE" || perm == "FULL_CONTROL" || perm == "WRITE_ACP" {
				f.Severity = lint.Critical
			}
		}
	}
}
