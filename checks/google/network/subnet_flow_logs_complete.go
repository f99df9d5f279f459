package network

import (
	"strconv"

	"github.com/tenantlint/tenantlint/lint"
)

// SubnetFlowLogsComplete flags flow logs that leave records out: a sampling
// rate below 1.0 (every flow), or metadata EXCLUDE_ALL_METADATA. Defaults
// relied on (hashicorp/google v4-v6): log_config.flow_sampling is 0.5 and
// metadata is INCLUDE_ALL_METADATA. Subnets without flow logs are
// google-network-subnet-flow-logs'. Unknown values are not reported.
var SubnetFlowLogsComplete = &lint.Check{
	ID:       "google-network-subnet-flow-logs-complete",
	Title:    "Subnet flow logs sample only part of the flows or drop their metadata",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "With a sampling rate below 1.0 only a share of the connections is recorded, and the default keeps " +
		"half. The one connection an investigation needs, a short exfiltration or a single lateral step, may be " +
		"missing; without metadata the records lose the VM and network names that tie them to workloads.",
	Remediation: "Record every flow with its metadata:\n\n" +
		"    log_config {\n      flow_sampling = 1.0\n      metadata      = \"INCLUDE_ALL_METADATA\"\n    }",
	Links: []string{
		"https://cloud.google.com/vpc/docs/flow-logs#log-sampling",
		registry(subnetType, "flow_sampling"),
		registry(subnetType, "metadata"),
	},
	Resources: []string{subnetType},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !vmSubnet(r) {
				continue
			}
			for _, lc := range r.Blocks("log_config") {
				rate := lc.Attr("flow_sampling")
				if f, ok := rate.FloatOr(0.5); ok && f < 1 {
					shown := strconv.FormatFloat(f, 'f', -1, 64)
					if rate.Null() {
						p.Reportf(lc, "subnet %s samples only %s of its flows (flow_sampling defaults to 0.5)", r.Address, shown)
					} else {
						p.Reportf(rate, "subnet %s samples only %s of its flows (flow_sampling below 1.0)", r.Address, shown)
					}
				}
				meta := lc.Attr("metadata")
				if s, ok := meta.StringOr(""); ok && s == "EXCLUDE_ALL_METADATA" {
					p.Reportf(meta, "subnet %s drops the metadata of its flow logs (metadata = EXCLUDE_ALL_METADATA)", r.Address)
				}
			}
		}
	},
}
