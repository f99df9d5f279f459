// Package efs holds the checks for EFS file systems.
package efs

import "github.com/tenantlint/tenantlint/lint"

// Encrypt flags file systems created without encryption at rest.
// Default relied on: encrypted defaults to false (the CreateFileSystem API
// creates an unencrypted file system unless asked; only the console defaults
// to encryption).
var Encrypt = &lint.Check{
	ID:       "aws-efs-encrypt",
	Title:    "EFS file system is not encrypted at rest",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "An EFS file system created without encryption stores its files and metadata unencrypted, and " +
		"the choice cannot be changed afterwards: the data has to be copied to a new file system. Shared file " +
		"systems often hold application data, uploads and home directories.",
	Remediation: "Create the file system encrypted, optionally with a customer managed key:\n\n" +
		"    encrypted  = true\n    kms_key_id = aws_kms_key.efs.arn",
	Links: []string{
		"https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted",
	},
	Resources: []string{"aws_efs_file_system"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc := r.Attr("encrypted")
			if on, ok := enc.BoolOr(false); !ok || on {
				continue
			}
			if enc.Null() {
				p.Reportf(r, "EFS file system %s does not set encrypted = true", r.Address)
			} else {
				p.Reportf(enc, "EFS file system %s is not encrypted at rest", r.Address)
			}
		}
	},
}
