package ec2

import (
	shape "github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptInstanceVolumes flags root and EBS block devices of instances and
// launch configurations that are not encrypted. Defaults relied on:
// encrypted is false when absent, and an absent root_block_device is an
// unencrypted root volume, unless the account enables EBS encryption by
// default (then nothing is reported). A block device created from a snapshot
// (snapshot_id set) inherits the snapshot's encryption and is not reported
// when encrypted is absent.
var EncryptInstanceVolumes = &lint.Check{
	ID:       "aws-ec2-encrypt-instance-volumes",
	Title:    "Instance volume is not encrypted",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "The instance's root or data volume is created unencrypted, so its data and every " +
		"snapshot and AMI made from it are stored in plain form and can be read by anyone who gets a " +
		"copy. A root volume from an AMI with an encrypted snapshot is encrypted anyway; most public " +
		"AMIs are not.",
	Remediation: "Encrypt the volumes, or enable aws_ebs_encryption_by_default for the account:\n\n" +
		"    root_block_device {\n" +
		"      encrypted = true\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices",
	},
	Resources: []string{"aws_instance", "aws_launch_configuration"},
	Run: func(p *lint.Pass) {
		if EncryptionByDefault(p.Module) {
			return
		}
		for _, r := range p.Resources() {
			if r.Type == "aws_instance" && r.Block("launch_template").Exists() && !r.Block("root_block_device").Exists() {
				continue // the template decides
			}
			root := r.Block("root_block_device")
			if enc := root.Attr("encrypted"); enc.Null() {
				p.Reportf(root, "%s has an unencrypted root volume (encrypted is not set)", r.Address)
			} else if on, ok := enc.BoolOr(false); ok && !on {
				p.Reportf(enc, "%s has an unencrypted root volume", r.Address)
			}
			for _, b := range r.Blocks("ebs_block_device") {
				enc := b.Attr("encrypted")
				if enc.Null() && shape.Given(b.Attr("snapshot_id")) {
					continue
				}
				if on, ok := enc.BoolOr(false); ok && !on {
					p.Reportf(enc, "%s has an unencrypted EBS volume", r.Address)
				}
			}
		}
	},
}
