package compute

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoIPForwarding flags VMs that may forward packets they did not originate.
// Default relied on (hashicorp/google v4-v6): can_ip_forward is false.
var NoIPForwarding = &lint.Check{
	ID:       "google-compute-no-ip-forwarding",
	Title:    "VM can forward IP packets",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "With IP forwarding the VPC lets the VM send and receive packets whose addresses are not its own, " +
		"so a compromised VM can route, spoof or intercept traffic between other networks. Only appliances that " +
		"really route (NAT gateways, firewalls, VPN endpoints) need it.",
	Remediation: "Turn IP forwarding off unless the VM is a router:\n\n    can_ip_forward = false",
	Links: []string{
		"https://cloud.google.com/vpc/docs/using-routes#canipforward",
		registry(instanceType, "can_ip_forward"),
		registry(templateType, "can_ip_forward"),
	},
	Resources: instanceTypes,
	Run: rule.Off("can_ip_forward", rule.Default(false).For("hashicorp/google v4-v6"),
		"{address} can forward IP packets (can_ip_forward = {value})"),
}
