package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoPublicAdminPorts flags security group rules that open remote
// administration ports to the internet. Port ranges are read as ranges: a
// rule for 0-1024 opens SSH too. Rules that open every port are left to
// aws-ec2-no-public-all-ports.
var NoPublicAdminPorts = &lint.Check{
	ID:       "aws-ec2-no-public-admin-ports",
	Title:    "Security group opens an administration port to the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule admits 0.0.0.0/0 (or ::/0) to a remote administration service: SSH, RDP, " +
		"Telnet, WinRM, VNC or the Docker API. These ports are scanned from the whole internet within " +
		"minutes; a weak password, a leaked key or an unpatched service then gives an attacker control " +
		"of the host and everything its role can reach.",
	Remediation: "Allow administration only from known ranges (a VPN or bastion), or use SSM Session " +
		"Manager and remove the rule:\n\n" +
		sgBlock("ingress", 22, "10.20.0.0/16"),
	Links:     sgLinks("security_group", "vpc_security_group_ingress_rule"),
	Resources: sgTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "admin") },
}
