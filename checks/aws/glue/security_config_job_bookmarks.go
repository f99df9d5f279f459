package glue

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// SecurityConfigJobBookmarks flags Glue security configurations that do not
// encrypt job bookmarks. job_bookmarks_encryption_mode means DISABLED when
// absent (hashicorp/aws v3-v6, Glue API).
var SecurityConfigJobBookmarks = &lint.Check{
	ID:       "aws-glue-security-config-job-bookmarks-encryption",
	Title:    "Glue security configuration does not encrypt job bookmarks",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Job bookmarks record what each job has already processed: object keys, partition values " +
		"and the last primary keys read from JDBC sources. Unencrypted, they leak the shape and the content of " +
		"the sources a job reads.",
	Remediation: "Encrypt job bookmarks client-side with KMS:\n\n" +
		"    job_bookmarks_encryption {\n      job_bookmarks_encryption_mode = \"CSE-KMS\"\n      kms_key_arn                   = aws_kms_key.glue.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_security_configuration#job_bookmarks_encryption",
	},
	Resources: []string{"aws_glue_security_configuration"},
	Run: rule.OneOf("encryption_configuration.job_bookmarks_encryption.job_bookmarks_encryption_mode", []string{"CSE-KMS"},
		rule.Default("DISABLED").For("hashicorp/aws v3-v6"),
		"Glue security configuration {address} sets job bookmark encryption to {value}",
		rule.Unset("Glue security configuration {address} leaves job bookmark encryption unset: it is DISABLED")),
}
