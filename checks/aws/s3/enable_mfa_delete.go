package s3

import "github.com/tenantlint/tenantlint/lint"

// EnableMFADelete flags versioned buckets without MFA delete:
// versioning_configuration.mfa_delete defaults to "Disabled" in
// aws_s3_bucket_versioning, versioning.mfa_delete to false inline (v3).
// Unversioned buckets are left to aws-s3-enable-versioning, and buckets with
// object lock, which protects versions more strongly, are not reported.
var EnableMFADelete = &lint.Check{
	ID:       "aws-s3-enable-mfa-delete",
	Title:    "S3 bucket versioning does not require MFA to delete versions",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "With MFA delete, permanently deleting an object version or suspending versioning needs the " +
		"root user's MFA code. Without it, a stolen credential with delete permissions can purge every version " +
		"and defeat the recovery that versioning promises.",
	Remediation: "Set mfa_delete = \"Enabled\" (applied with the root user's MFA device, through the mfa argument):\n\n" +
		"    versioning_configuration {\n      status     = \"Enabled\"\n      mfa_delete = \"Enabled\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning",
	},
	Resources: []string{"aws_s3_bucket_versioning", "aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_s3_bucket" {
				v := r.Block("versioning")
				a := v.Attr("mfa_delete")
				if v.Attr("enabled").Equals(true) && !locked(p.Module, lint.ResourceTarget(r)) {
					if on, ok := a.BoolOr(false); ok && !on {
						p.Reportf(a, "S3 bucket %s does not require MFA to delete versions", r.Address)
					}
				}
				continue
			}
			cfg := r.Block("versioning_configuration")
			a := cfg.Attr("mfa_delete")
			if !cfg.Attr("status").Equals("Enabled") || locked(p.Module, bucketTarget(p.Module, r.Attr("bucket"))) {
				continue
			}
			if s, ok := a.StringOr("Disabled"); ok && s == "Disabled" {
				p.Reportf(a, "S3 bucket versioning %s does not require MFA to delete versions", r.Address)
			}
		}
	},
}

// locked says whether the bucket has, or may have, object lock.
func locked(m *lint.Module, t lint.Target) bool {
	if t.Resource != nil {
		if on, ok := t.Resource.Attr("object_lock_enabled").BoolOr(false); on || !ok {
			return true
		}
		if t.Resource.Block("object_lock_configuration").Exists() {
			return true
		}
	}
	locks, certain := companions(m, t, "aws_s3_bucket_object_lock_configuration")
	return len(locks) > 0 || !certain
}
