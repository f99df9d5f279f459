package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAdminPorts flags firewall rules that admit the internet to a remote
// administration port (SSH, RDP, WinRM, VNC, Telnet, the Docker API). Port
// ranges are read as ranges; entries that open every port are left to
// google-network-no-public-all-ports. Defaults are those of vpcRule and
// policyRule.
var NoPublicAdminPorts = &lint.Check{
	ID:       "google-network-no-public-admin-ports",
	Title:    "Firewall rule opens an administration port to the internet",
	Severity: lint.Critical,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule admits 0.0.0.0/0 (or ::/0) to SSH, RDP or another remote administration service. Such " +
		"ports are scanned from the whole internet within minutes of a VM starting, and a weak password, a leaked key " +
		"or an unpatched daemon then hands over the VM and its service account.",
	Remediation: "Admit administration only from known ranges, or use IAP TCP forwarding (35.235.240.0/20) " +
		"instead of a public rule:\n\n" + firewallRemediation(22),
	Links:     append([]string{"https://cloud.google.com/iap/docs/using-tcp-forwarding"}, firewallLinks...),
	Resources: firewallTypes,
	Run:       func(p *lint.Pass) { reportIngress(p, "admin", netrange.Admin) },
}
