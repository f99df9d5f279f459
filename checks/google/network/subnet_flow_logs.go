package network

import "github.com/tenantlint/tenantlint/lint"

// SubnetFlowLogs flags subnets for VMs without VPC Flow Logs. Default relied
// on (hashicorp/google v4-v6): a subnetwork without a log_config block (or
// the legacy enable_flow_logs = true) has flow logs off. Proxy-only, Private
// Service Connect and Private NAT subnets are left out: they take no flow
// logs.
var SubnetFlowLogs = &lint.Check{
	ID:       "google-network-subnet-flow-logs",
	Title:    "Subnet does not record VPC Flow Logs",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "VPC Flow Logs sample the connections to and from each VM of the subnet. They are the only record " +
		"of which hosts talked to which after an incident, and they show exfiltration and lateral movement that " +
		"application logs never see.",
	Remediation: "Turn flow logs on:\n\n" +
		"    log_config {\n      aggregation_interval = \"INTERVAL_5_SEC\"\n      flow_sampling        = 1.0\n" +
		"      metadata             = \"INCLUDE_ALL_METADATA\"\n    }",
	Links: []string{
		"https://cloud.google.com/vpc/docs/flow-logs",
		registry(subnetType, "log_config"),
	},
	Resources: []string{subnetType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !vmSubnet(r) || r.Block("log_config").Exists() {
				continue
			}
			legacy := r.Attr("enable_flow_logs")
			on, ok := legacy.BoolOr(false)
			switch {
			case !ok || on:
			case legacy.Null():
				p.Reportf(r, "subnet %s does not record VPC Flow Logs (no log_config block)", r.Address)
			default:
				p.Reportf(legacy, "subnet %s does not record VPC Flow Logs (enable_flow_logs = false)", r.Address)
			}
		}
	},
}
