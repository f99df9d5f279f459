package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// SubnetPrivateGoogleAccess flags subnets for VMs without Private Google
// Access. Default relied on (hashicorp/google v4-v6):
// private_ip_google_access is false. Proxy-only, Private Service Connect and
// Private NAT subnets are left out.
var SubnetPrivateGoogleAccess = &lint.Check{
	ID:       "google-network-subnet-private-google-access",
	Title:    "Subnet does not use Private Google Access",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Without Private Google Access, a VM with only an internal address cannot reach Google APIs such as " +
		"Cloud Storage or Artifact Registry, which pushes teams to give VMs external addresses or a broad NAT path. " +
		"Turning it on lets private VMs reach the APIs over Google's network without an external address.",
	Remediation: "Turn Private Google Access on:\n\n" +
		"    resource \"google_compute_subnetwork\" \"private\" {\n      name                     = \"private\"\n" +
		"      ip_cidr_range            = \"10.10.0.0/20\"\n      network                  = google_compute_network.main.id\n" +
		"      private_ip_google_access = true\n    }",
	Links: []string{
		"https://cloud.google.com/vpc/docs/private-google-access",
		registry(subnetType, "private_ip_google_access"),
	},
	Resources: []string{subnetType},
	Run: rule.On("private_ip_google_access", rule.Default(false).For("hashicorp/google v4-v6"),
		"subnet {address} does not use Private Google Access (private_ip_google_access = {value})",
		rule.Unset("subnet {address} does not use Private Google Access (private_ip_google_access defaults to false)"),
		rule.Skip(func(r *lint.Resource) bool { return !vmSubnet(r) })),
}
