package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicAllPorts flags security group rules that open every port to the
// internet: protocol "-1"/"all" whatever the port numbers say, or a TCP/UDP
// range that spans the whole port space (0 or 1 to 65535).
var NoPublicAllPorts = &lint.Check{
	ID:       "aws-ec2-no-public-all-ports",
	Title:    "Security group opens all ports to the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule admits 0.0.0.0/0 (or ::/0) to every port. Every service on the attached " +
		"instances, load balancers or databases, including administration and debug endpoints nobody " +
		"meant to publish, is reachable from the internet; the security group no longer filters anything.",
	Remediation: "Open only the ports the service needs, to the sources that need them:\n\n" +
		sgBlock("ingress", 443, "0.0.0.0/0"),
	Links:     sgLinks("security_group", "vpc_security_group_ingress_rule"),
	Resources: sgTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "all") },
}
