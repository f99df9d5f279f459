package ec2

import "github.com/tenantlint/tenantlint/lint"

// EncryptLaunchTemplateVolumes flags launch template EBS mappings that create
// unencrypted volumes. The template's encrypted argument is a string
// ("true"/"false"); absent means the volume follows its snapshot (the AMI's
// root device or snapshot_id, which a template cannot show) and the account
// default, so only an explicit false is reported. EBS encryption by default
// for the account makes every case moot.
var EncryptLaunchTemplateVolumes = &lint.Check{
	ID:       "aws-ec2-encrypt-launch-template-volumes",
	Title:    "Launch template creates unencrypted volumes",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "Every instance launched from the template, including those of Auto Scaling groups " +
		"and EKS node groups, gets the mapped EBS volume unencrypted. Its data and every snapshot made " +
		"from it can be read by anyone who gets a copy.",
	Remediation: "Encrypt the mapped volumes, or enable aws_ebs_encryption_by_default:\n\n" +
		"    block_device_mappings {\n" +
		"      device_name = \"/dev/xvda\"\n" +
		"      ebs {\n" +
		"        encrypted = true\n" +
		"      }\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#ebs",
	},
	Resources: []string{"aws_launch_template"},
	Run: func(p *lint.Pass) {
		if EncryptionByDefault(p.Module) {
			return
		}
		for _, r := range p.Resources() {
			for _, m := range r.Blocks("block_device_mappings") {
				ebs := m.Block("ebs")
				if !ebs.Exists() {
					continue
				}
				enc := ebs.Attr("encrypted")
				if enc.Null() {
					continue // follows the snapshot: the AMI's root or snapshot_id
				}
				if on, ok := enc.BoolOr(false); ok && !on {
					p.Reportf(enc, "launch template %s maps an unencrypted EBS volume", r.Address)
				}
			}
		}
	},
}
