package s3

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableVersioning flags buckets without versioning: no
// aws_s3_bucket_versioning with status Enabled and no inline (v3) versioning
// block with enabled = true (default false). A bucket created with object
// lock (object_lock_enabled = true) is versioned by S3 itself.
var EnableVersioning = &lint.Check{
	ID:       "aws-s3-enable-versioning",
	Title:    "S3 bucket versioning is not enabled",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Without versioning, an overwrite or a delete destroys the object for good. A mistaken " +
		"deployment, a compromised credential or ransomware that rewrites objects leaves nothing to restore " +
		"from, and replication and object lock cannot be used.",
	Remediation: "Enable versioning with a companion resource (provider v4+):\n\n" +
		"    resource \"aws_s3_bucket_versioning\" \"b\" {\n      bucket = aws_s3_bucket.b.id\n" +
		"      versioning_configuration {\n        status = \"Enabled\"\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning",
	},
	Resources: []string{"aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, b := range p.Resources() {
			if lock, ok := b.Attr("object_lock_enabled").BoolOr(false); lock || !ok {
				continue
			}
			inline := b.Block("versioning").Attr("enabled")
			if on, ok := inline.BoolOr(false); on || !ok {
				continue
			}
			configs, certain := p.Module.Companions(names.AWS, b, "aws_s3_bucket_versioning", "bucket")
			if !certain {
				continue
			}
			var off []lint.Attr
			for _, c := range configs {
				status := c.Block("versioning_configuration").Attr("status")
				if s, ok := status.StringOr(""); !ok || s == "Enabled" {
					off = nil
					break
				}
				off = append(off, status)
			}
			switch {
			case len(off) > 0:
				p.Reportf(off[0], "S3 bucket %s has versioning %s", b.Address, off[0].Display())
			case len(configs) == 0 && inline.Set:
				p.Reportf(inline, "S3 bucket %s has versioning disabled", b.Address)
			case len(configs) == 0:
				p.Reportf(b, "S3 bucket %s has no versioning", b.Address)
			}
		}
	},
}
