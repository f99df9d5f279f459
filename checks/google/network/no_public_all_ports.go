package network

import "github.com/tenantlint/tenantlint/lint"

// NoPublicAllPorts flags firewall rules that admit the internet to every
// port: protocol "all", or a port-based protocol with no ports (or a range
// spanning them all). Defaults are those of vpcRule and policyRule.
var NoPublicAllPorts = &lint.Check{
	ID:       "google-network-no-public-all-ports",
	Title:    "Firewall rule opens every port to the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule admits 0.0.0.0/0 (or ::/0) to every port, so every service on the targeted VMs, " +
		"including those meant only for localhost or the VPC, is reachable from the internet. It usually stands in " +
		"for the few ports that were really needed.",
	Remediation: "List only the ports the service needs and the sources that need them:\n\n" +
		firewallRemediation(443),
	Links:     firewallLinks,
	Resources: firewallTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "all", nil) },
}
