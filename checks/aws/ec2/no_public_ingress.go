package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicIngress flags security group rules that open any other port to the
// internet. A rule for exactly port 80 or exactly port 443 is not reported:
// serving HTTP(S) to everyone is the point of a public load balancer or web
// server, and plain HTTP is judged by the listener checks instead.
var NoPublicIngress = &lint.Check{
	ID:       "aws-ec2-no-public-ingress",
	Title:    "Security group opens a port to the internet",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule admits 0.0.0.0/0 (or ::/0) to a port that is neither a standard web port " +
		"nor a known administration or database port (those have their own critical checks). Application " +
		"servers, message brokers, metrics and debug endpoints exposed this way are found by internet " +
		"scans. Rules for exactly port 80 or 443 are not reported: serving the web is their purpose.",
	Remediation: "Restrict the source to the clients that need the port (a load balancer's security " +
		"group, a partner's range) or put the service behind a load balancer:\n\n" +
		"    ingress {\n" +
		"      from_port       = 8080\n" +
		"      to_port         = 8080\n" +
		"      protocol        = \"tcp\"\n" +
		"      security_groups = [aws_security_group.alb.id]\n" +
		"    }",
	Links:     sgLinks("security_group_rule"),
	Resources: sgTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "other") },
}
