package vpc

import "github.com/tenantlint/tenantlint/lint"

// NoDefaultVPC flags configurations that adopt the region's default VPC.
var NoDefaultVPC = &lint.Check{
	ID:       "aws-vpc-no-default-vpc",
	Title:    "Default VPC is in use",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The default VPC has only public subnets that give every instance a public IP address, " +
		"an internet gateway, and a default security group shared by everything launched without one. " +
		"Workloads placed there are internet-facing by default; purpose-built VPCs with private subnets " +
		"avoid that.",
	Remediation: "Create a dedicated VPC with private subnets for workloads, and delete the default " +
		"VPC (aws_default_vpc with force_destroy = true, then remove it from the configuration).",
	Links: []string{
		"https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_vpc",
	},
	// aws_vpc is listed so that dedicated VPCs count as inspected good cases.
	Resources: []string{"aws_default_vpc", "aws_vpc"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_default_vpc" {
				p.Reportf(r, "%s manages the default VPC", r.Address)
			}
		}
	},
}
