package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicIP flags instances, launch templates and launch configurations
// that ask for a public IPv4 address. Absent means the subnet's
// map_public_ip_on_launch decides, which aws-ec2-no-public-ip-subnet judges,
// so only an explicit true is reported (hashicorp/aws v3-v6).
var NoPublicIP = &lint.Check{
	ID:       "aws-ec2-no-public-ip",
	Title:    "Instance gets a public IP address",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "An instance with a public IP address is reachable from the internet on every port " +
		"its security groups allow, and one permissive rule exposes it. Instances behind a load " +
		"balancer or NAT gateway need no public address; administration goes through SSM Session Manager " +
		"or a bastion.",
	Remediation: "Launch the instance in a private subnet without a public address:\n\n" +
		"    associate_public_ip_address = false",
	Links: []string{
		"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address",
	},
	Resources: []string{"aws_instance", "aws_launch_template", "aws_launch_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			attrs := []lint.Attr{r.Attr("associate_public_ip_address")}
			for _, ni := range r.Blocks("network_interfaces") {
				attrs = append(attrs, ni.Attr("associate_public_ip_address"))
			}
			for _, a := range attrs {
				if on, ok := a.BoolOr(false); ok && on {
					p.Reportf(a, "%s associates a public IP address", r.Address)
				}
			}
		}
	},
}
