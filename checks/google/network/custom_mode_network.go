package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// networkType is the VPC network resource.
const networkType = "google_compute_network"

// CustomModeNetwork flags auto-mode VPC networks. Default relied on
// (hashicorp/google v4-v6): auto_create_subnetworks is true.
var CustomModeNetwork = &lint.Check{
	ID:       "google-network-custom-mode-network",
	Title:    "VPC network creates its subnets automatically",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "An auto-mode network creates a subnet in every region, now and whenever Google adds one, with the " +
		"same predefined ranges as every other auto-mode network. Nobody chose where workloads may run, flow logs " +
		"and Private Google Access are off on those subnets, and the overlapping ranges block peering.",
	Remediation: "Create the network in custom mode and declare its subnets:\n\n" +
		"    resource \"google_compute_network\" \"main\" {\n      name                    = \"main\"\n" +
		"      auto_create_subnetworks = false\n    }",
	Links: []string{
		"https://cloud.google.com/vpc/docs/vpc#subnet-ranges",
		registry(networkType, "auto_create_subnetworks"),
	},
	Resources: []string{networkType},
	Run: rule.Off("auto_create_subnetworks", rule.Default(true).For("hashicorp/google v4-v6"),
		"network {address} is an auto-mode network (auto_create_subnetworks = {value})",
		rule.Unset("network {address} is an auto-mode network (auto_create_subnetworks defaults to true)")),
}
