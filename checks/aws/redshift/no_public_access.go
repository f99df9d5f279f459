package redshift

import "github.com/tenantlint/tenantlint/lint"

// NoPublicAccess flags clusters that ask for a public endpoint.
// Default relied on: publicly_accessible defaults to false since AWS provider
// v6 and in the AWS API since January 2025 (provider v5 sent true); only an
// explicit true is reported, to stay silent on configurations whose provider
// version decides.
var NoPublicAccess = &lint.Check{
	ID:       "aws-redshift-no-public-access",
	Title:    "Redshift cluster is publicly accessible",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A publicly accessible cluster gets an endpoint that resolves to a public IP address. Wherever " +
		"its subnets route to an internet gateway and a security group lets traffic in, the warehouse port is " +
		"open to the internet, leaving password guessing and engine vulnerabilities one step from the data.",
	Remediation: "Keep the cluster private and reach it from inside the VPC or through a Redshift-managed VPC endpoint:\n\n" +
		"    publicly_accessible = false",
	Links: []string{
		"https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible",
	},
	Resources: []string{"aws_redshift_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			pub := r.Attr("publicly_accessible")
			if on, ok := pub.BoolOr(false); ok && on {
				p.Reportf(pub, "Redshift cluster %s is publicly accessible", r.Address)
			}
		}
	},
}
