// Package ec2 holds the checks for EC2 instances, volumes, images and security groups.
package ec2

import "github.com/tenantlint/tenantlint/lint"

// EncryptVolumes flags EBS volumes that store data unencrypted.
var EncryptVolumes = &lint.Check{
	ID:       "aws-ec2-encrypt-volumes",
	Title:    "EBS volume is not encrypted",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "An unencrypted EBS volume keeps its data, and every snapshot made from it, in plain form. " +
		"Anyone who gains access to a snapshot or a copy of the volume can read it. Encryption is off unless " +
		"the volume sets encrypted = true or the account enables EBS encryption by default.",
	Remediation: "Set encrypted = true (optionally with kms_key_id), or enable aws_ebs_encryption_by_default for the account and region.",
	Links: []string{
		"https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#encrypted",
	},
	Resources: []string{"aws_ebs_volume"},
	Run: func(p *lint.Pass) {
		if EncryptionByDefault(p.Module) {
			return
		}
		for _, r := range p.Resources() {
			enc := r.Attr("encrypted")
			if on, ok := enc.BoolOr(false); ok && !on {
				p.Reportf(enc, "EBS volume %s is not encrypted", r.Address)
			}
		}
	},
}

// EncryptionByDefault says whether the configuration turns on EBS encryption
// by default for the account (enabled defaults to true).
func EncryptionByDefault(m *lint.Module) bool {
	return m.Any("aws_ebs_encryption_by_default", func(r *lint.Resource) bool {
		on, ok := r.Attr("enabled").BoolOr(true)
		return ok && on
	})
}
