package network

import "github.com/tenantlint/tenantlint/lint"

// NoDefaultNetwork flags configurations that create a project's default
// network: a google_project that leaves auto_create_network on, and a
// google_compute_network named "default". Default relied on
// (hashicorp/google v4-v6): google_project.auto_create_network is true, and
// the network it creates is named "default" with rules that admit SSH, RDP
// and ICMP from anywhere. The organisation policy
// constraints/compute.skipDefaultNetworkCreation cannot be seen from
// Terraform.
var NoDefaultNetwork = &lint.Check{
	ID:       "google-network-no-default-network",
	Title:    "Project has the default network",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The default network comes with firewall rules that admit SSH, RDP and ICMP from the whole " +
		"internet and an auto-mode subnet in every region. Any VM placed in it without thought is exposed at once, " +
		"and its ranges overlap with every other default network, which blocks clean peering.",
	Remediation: "Do not create the default network; build a custom-mode VPC instead:\n\n" +
		"    resource \"google_project\" \"app\" {\n      name                = \"app\"\n      project_id          = \"app-prod\"\n" +
		"      org_id              = \"123456789\"\n      auto_create_network = false\n    }",
	Links: []string{
		"https://cloud.google.com/vpc/docs/vpc#default-network",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project#auto_create_network",
		registry(networkType, "name"),
	},
	Resources: []string{"google_project", networkType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == networkType {
				name := r.Attr("name")
				if s, ok := name.StringOr(""); ok && s == "default" {
					p.Reportf(name, "network %s is named \"default\": it recreates the project's default network", r.Address)
				}
				continue
			}
			auto := r.Attr("auto_create_network")
			on, ok := auto.BoolOr(true)
			switch {
			case !ok || !on:
			case auto.Null():
				p.Reportf(r, "project %s gets the default network (auto_create_network defaults to true)", r.Address)
			default:
				p.Reportf(auto, "project %s gets the default network (auto_create_network = true)", r.Address)
			}
		}
	},
}
