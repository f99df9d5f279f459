package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicIPSubnet flags subnets that give every instance launched in them a
// public IPv4 address. map_public_ip_on_launch defaults to false.
var NoPublicIPSubnet = &lint.Check{
	ID:       "aws-ec2-no-public-ip-subnet",
	Title:    "Subnet assigns public IP addresses on launch",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Every instance and network interface created in the subnet gets a public IPv4 " +
		"address unless it opts out, so workloads become internet-reachable by default and one " +
		"permissive security group exposes them. Public subnets for load balancers and NAT gateways " +
		"do not need it: those get their addresses explicitly.",
	Remediation: "Leave map_public_ip_on_launch unset (false) and assign public addresses only where needed:\n\n" +
		"    map_public_ip_on_launch = false",
	Links: []string{
		"https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch",
	},
	Resources: []string{"aws_subnet"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("map_public_ip_on_launch")
			if on, ok := a.BoolOr(false); ok && on {
				p.Reportf(a, "subnet %s assigns public IP addresses to instances on launch", r.Address)
			}
		}
	},
}
