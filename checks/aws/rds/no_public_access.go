package rds

import "github.com/tenantlint/tenantlint/lint"

// NoPublicAccess flags DB instances that ask for a public endpoint.
// Default relied on: publicly_accessible is false on aws_db_instance and
// aws_rds_cluster_instance.
var NoPublicAccess = &lint.Check{
	ID:       "aws-rds-no-public-access",
	Title:    "RDS database instance is publicly accessible",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A publicly accessible DB instance gets a DNS name that resolves to a public IP address. " +
		"Wherever its subnet routes to an internet gateway and a security group lets traffic in, the database " +
		"port is open to the internet, leaving password guessing and engine vulnerabilities one step from the data.",
	Remediation: "Set publicly_accessible = false (the default) and reach the database from inside the VPC, " +
		"through a bastion, VPN or RDS Proxy:\n\n" +
		"    publicly_accessible = false",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster_instance#publicly_accessible",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster_instance"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			pub := r.Attr("publicly_accessible")
			if on, ok := pub.BoolOr(false); ok && on {
				p.Reportf(pub, "%s is publicly accessible", r.Address)
			}
		}
	},
}
