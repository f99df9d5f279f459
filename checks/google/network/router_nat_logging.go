package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// RouterNATLogging flags Cloud NAT gateways that do not log. Default relied
// on (hashicorp/google v4-v6): without a log_config block, or with
// log_config.enable false, Cloud NAT logs nothing; enable is required in
// the block.
var RouterNATLogging = &lint.Check{
	ID:       "google-network-router-nat-logging",
	Title:    "Cloud NAT gateway does not log translations",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "Behind Cloud NAT, every VM leaves the network from the gateway's addresses, so an abuse report or " +
		"a threat feed names only the NAT address. Without NAT logs the connection cannot be traced back to the VM " +
		"that made it, nor can dropped connections be explained.",
	Remediation: "Log NAT translations and errors:\n\n" +
		"    log_config {\n      enable = true\n      filter = \"ALL\"\n    }",
	Links: []string{
		"https://cloud.google.com/nat/docs/monitoring",
		registry("google_compute_router_nat", "log_config"),
	},
	Resources: []string{"google_compute_router_nat"},
	Run: rule.On("log_config.enable", rule.Default(false).For("hashicorp/google v4-v6"),
		"Cloud NAT {address} does not log (log_config.enable = {value})",
		rule.NoBlock("Cloud NAT {address} does not log (no log_config block)")),
}
