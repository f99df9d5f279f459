package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicAMI flags AMI launch permissions granted to every AWS account.
var NoPublicAMI = &lint.Check{
	ID:       "aws-ec2-no-public-ami",
	Title:    "AMI is shared with everyone",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "A launch permission for the group \"all\" makes the image public: any AWS account " +
		"can launch it and read its volumes. Images built from real servers often carry credentials, " +
		"keys, configuration and data that were never meant to leave the account.",
	Remediation: "Share the image with named accounts or your organization instead:\n\n" +
		"    resource \"aws_ami_launch_permission\" \"share\" {\n" +
		"      image_id         = aws_ami.app.id\n" +
		"      organization_arn = data.aws_organizations_organization.current.arn\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ami_launch_permission",
	},
	Resources: []string{"aws_ami_launch_permission"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if g := r.Attr("group"); g.Equals("all") {
				p.Reportf(g, "%s makes the image public (group = \"all\")", r.Address)
			}
		}
	},
}
