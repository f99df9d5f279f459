package emr

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// BlockPublicAccess flags an EMR block public access configuration that
// turns the block off. block_public_security_group_rules is required in
// hashicorp/aws v3-v6, so an absent value (a broken configuration) is not
// read.
var BlockPublicAccess = &lint.Check{
	ID:       "aws-emr-block-public-access",
	Title:    "EMR block public access is turned off",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "EMR block public access stops clusters from starting when a security group allows inbound " +
		"traffic from 0.0.0.0/0 or ::/0 on ports other than the allowed exceptions. Turned off, a cluster whose " +
		"master node exposes YARN, Spark or Hadoop web interfaces to the internet starts without complaint, and " +
		"those interfaces run code for whoever reaches them.",
	Remediation: "Keep block public access on, allowing SSH at most:\n\n" +
		"    resource \"aws_emr_block_public_access_configuration\" \"this\" {\n" +
		"      block_public_security_group_rules = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_block_public_access_configuration",
	},
	Resources: []string{"aws_emr_block_public_access_configuration"},
	Run: rule.On("block_public_security_group_rules", rule.NoDefault,
		"EMR block public access configuration {address} turns the block off"),
}
