package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoUnrestrictedEgress flags security group rules that allow every port to
// the whole internet. A security group without egress blocks has no egress
// rule under Terraform (it removes AWS's default allow-all rule), so only
// written rules are reported.
var NoUnrestrictedEgress = &lint.Check{
	ID:       "aws-ec2-no-unrestricted-egress",
	Title:    "Security group allows all egress to the internet",
	Severity: lint.Low,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule lets the attached resources open connections to any address on any port. A " +
		"compromised instance can then download tooling, reach command-and-control servers and " +
		"exfiltrate data without hindrance. Limiting egress to the ports and destinations a workload " +
		"needs (HTTPS, VPC endpoints, package mirrors) is defence in depth.",
	Remediation: "Allow only the traffic the workload needs, for example HTTPS:\n\n" +
		sgBlock("egress", 443, "0.0.0.0/0"),
	Links:     sgLinks("vpc_security_group_egress_rule"),
	Resources: sgTypes,
	Run: func(p *lint.Pass) {
		for _, r := range publicRules(p.Module, "egress") {
			if r.Whole() {
				p.Reportf(r.at, "%s allows egress to %s on %s", r.res.Address, r.cidr, r.Text())
			}
		}
	},
}
