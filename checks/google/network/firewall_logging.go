package network

import "github.com/tenantlint/tenantlint/lint"

// FirewallLogging flags firewall rules whose matches are not logged.
// Defaults relied on (hashicorp/google v4-v6): a google_compute_firewall
// without a log_config block (or the legacy enable_logging = true of older
// majors) does not log; a firewall policy rule's enable_logging is false.
// Disabled rules match nothing and are left out. Unknown values are not
// reported.
var FirewallLogging = &lint.Check{
	ID:       "google-network-firewall-logging",
	Title:    "Firewall rule does not log the connections it matches",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.IaaS,
	Description: "Firewall Rules Logging records each connection a rule allows or denies. Without it there is no " +
		"record of who reached a VM through the rule, nor of the probes it blocked, so an intrusion cannot be traced " +
		"and an over-broad rule cannot be narrowed with evidence.",
	Remediation: "Turn logging on for the rule:\n\n" +
		"    log_config {\n      metadata = \"INCLUDE_ALL_METADATA\"\n    }",
	Links: []string{
		"https://cloud.google.com/firewall/docs/firewall-rules-logging",
		registry(firewallType, "log_config"),
		registry(networkPolicyRuleType, "enable_logging"),
	},
	Resources: firewallTypes,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if off, ok := r.Attr("disabled").BoolOr(false); !ok || off {
				continue
			}
			legacy := r.Attr("enable_logging")
			on, ok := legacy.BoolOr(false)
			if !ok || on {
				continue
			}
			if r.Type == firewallType {
				if r.Block("log_config").Exists() {
					continue
				}
				if !legacy.Null() {
					p.Reportf(legacy, "firewall rule %s does not log its matches (enable_logging = false, no log_config)", r.Address)
					continue
				}
				p.Reportf(r, "firewall rule %s does not log its matches (no log_config block)", r.Address)
				continue
			}
			if !legacy.Null() {
				p.Reportf(legacy, "firewall policy rule %s does not log its matches (enable_logging = false)", r.Address)
				continue
			}
			p.Reportf(r, "firewall policy rule %s does not log its matches (enable_logging defaults to false)", r.Address)
		}
	},
}
